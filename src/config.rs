//! Settings, read from `DATABASE_URL` and `CNA_*` environment variables (or the matching flags).
//! Secrets are never printed: `Debug` masks the database password.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

/// Where the database is.
#[derive(Clone, clap::Args)]
pub struct DatabaseSettings {
    /// Postgres connection URL.
    #[arg(long = "database-url", env = "DATABASE_URL", hide_env_values = true)]
    pub url: String,
    /// Most connections the server keeps open.
    #[arg(long = "db-pool-size", env = "CNA_DB_POOL_SIZE", default_value_t = 16)]
    pub pool_size: usize,
    /// How long a request waits for a database connection before answering 503, in milliseconds.
    #[arg(
        long = "db-timeout-ms",
        env = "CNA_DB_TIMEOUT_MS",
        default_value_t = 5000
    )]
    pub timeout_ms: u64,
}

impl DatabaseSettings {
    pub fn timeout(&self) -> Duration {
        Duration::from_millis(self.timeout_ms)
    }
}

impl std::fmt::Debug for DatabaseSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DatabaseSettings")
            .field("url", &redact_url(&self.url))
            .field("pool_size", &self.pool_size)
            .field("timeout_ms", &self.timeout_ms)
            .finish()
    }
}

/// How the HTTP server runs.
#[derive(Debug, Clone, clap::Args)]
pub struct ServerSettings {
    /// Address to listen on.
    #[arg(long, env = "CNA_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// Directory for files the server keeps (created if missing).
    #[arg(
        long = "data-dir",
        env = "CNA_DATA_DIR",
        default_value = ".data/server"
    )]
    pub data_dir: PathBuf,
    /// Largest request body accepted, in bytes; larger ones get 413.
    #[arg(
        long = "max-body-bytes",
        env = "CNA_MAX_BODY_BYTES",
        default_value_t = 1_048_576
    )]
    pub max_body_bytes: usize,
    /// Worker threads (default: one per core).
    #[arg(long, env = "CNA_WORKERS")]
    pub workers: Option<usize>,
}

/// The database URL with any password replaced by `***`.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return "***".into();
    };
    match rest.split_once('@') {
        Some((credentials, host)) => {
            let user = credentials.split(':').next().unwrap_or_default();
            let masked = if credentials.contains(':') {
                format!("{user}:***")
            } else {
                user.to_owned()
            };
            format!("{scheme}://{masked}@{host}")
        }
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_never_printed() {
        assert_eq!(
            redact_url("postgres://cna:s3cret@db:5432/cna"),
            "postgres://cna:***@db:5432/cna"
        );
        assert_eq!(
            redact_url("postgres://cna@127.0.0.1/cna"),
            "postgres://cna@127.0.0.1/cna"
        );
        let settings = DatabaseSettings {
            url: "postgres://u:pw@h/d".into(),
            pool_size: 1,
            timeout_ms: 1,
        };
        assert!(!format!("{settings:?}").contains("pw"));
    }
}
