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
    /// Long streams (exports) at once, each on a connection of its own apart from the pool.
    #[arg(
        long = "stream-pool-size",
        env = "CNA_STREAM_POOL_SIZE",
        default_value_t = 4
    )]
    pub stream_pool_size: usize,
    /// Seconds a stream waits for its client to take more before it is cut.
    #[arg(
        long = "stream-send-timeout-secs",
        env = "CNA_STREAM_SEND_TIMEOUT_SECS",
        default_value_t = 30
    )]
    pub stream_send_timeout_secs: u64,
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
            .field("stream_pool_size", &self.stream_pool_size)
            .field("stream_send_timeout_secs", &self.stream_send_timeout_secs)
            .finish()
    }
}

/// Where a server keeps its files when `CNA_DATA_DIR` is not set.
pub const DEFAULT_DATA_DIR: &str = ".data/server";

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
        default_value = DEFAULT_DATA_DIR
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
    /// Search answers kept per index generation (0: none).
    #[arg(
        long = "search-cache",
        env = "CNA_SEARCH_CACHE",
        default_value_t = 1024
    )]
    pub search_cache: usize,
    /// Searches computed at once, on the blocking thread pool (default: two per core, since a
    /// search also waits on its index's pages); more wait their turn, up to 5 seconds, then 503.
    #[arg(long = "search-concurrency", env = "CNA_SEARCH_CONCURRENCY")]
    pub search_concurrency: Option<usize>,
    /// Requests a minute per partner API key (0: no limit).
    #[arg(
        long = "partner-rate-limit",
        env = "CNA_PARTNER_RATE_LIMIT",
        default_value_t = 600
    )]
    pub partner_rate_limit: u32,
    /// Requests a minute per client address, whoever calls (0: no limit).
    #[arg(
        long = "address-rate-limit",
        env = "CNA_ADDRESS_RATE_LIMIT",
        default_value_t = 600
    )]
    pub address_rate_limit: u32,
    /// Reverse proxies whose forwarding header names the client (addresses or CIDR ranges,
    /// comma-separated); none by default: the connection's peer is the client.
    #[arg(
        long = "trusted-proxies",
        env = "CNA_TRUSTED_PROXIES",
        value_delimiter = ',',
        value_parser = crate::api::client_address::parse_proxy
    )]
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The header the trusted proxies write the client's address into.
    #[arg(
        long = "trusted-proxy-header",
        env = "CNA_TRUSTED_PROXY_HEADER",
        value_enum,
        default_value = "x-forwarded-for"
    )]
    pub trusted_proxy_header: crate::api::client_address::ProxyHeader,
    /// Origins (`https://portal.example`) whose pages may call the API from a browser,
    /// comma-separated; none by default.
    #[arg(long = "cors-origins", env = "CNA_CORS_ORIGINS", value_delimiter = ',')]
    pub cors_origins: Vec<String>,
    /// Requests in progress at once per partner API key; one more gets 429 (0: no limit).
    #[arg(
        long = "partner-concurrency",
        env = "CNA_PARTNER_CONCURRENCY",
        default_value_t = 4
    )]
    pub partner_concurrency: u32,
    /// Let webhooks call loopback, private and link-local addresses (a portal inside the same
    /// network). Off: only public addresses are called.
    #[arg(
        long = "webhook-private-addresses",
        env = "CNA_WEBHOOK_PRIVATE_ADDRESSES"
    )]
    pub webhook_private_addresses: bool,
    /// The clock the server reads (the system's; tests move it).
    #[arg(skip)]
    pub clock: crate::clock::Clock,
    /// Reminders and the messages that carry them.
    #[command(flatten)]
    pub reminders: ReminderSettings,
}

impl ServerSettings {
    /// Searches computed at once: as configured, or two per core.
    pub fn search_concurrency(&self) -> usize {
        self.search_concurrency
            .unwrap_or_else(|| 2 * std::thread::available_parallelism().map_or(2, |n| n.get()))
            .max(1)
    }
}

/// Reminders to focal points, summaries to administrators, and how their messages are sent.
#[derive(Clone, clap::Args)]
pub struct ReminderSettings {
    /// The address of the web application as its users reach it, the base of the links in
    /// messages (e.g. `https://cna.example.org`).
    #[arg(
        long = "public-url",
        env = "CNA_PUBLIC_URL",
        default_value = "http://127.0.0.1:8080"
    )]
    pub public_url: String,
    /// The SMTP server messages are sent through: `smtps://user:password@host` (TLS),
    /// `smtp://user:password@host?tls=required` (STARTTLS) or `smtp://host:port` (plain, for a relay
    /// on the same machine). Without it messages wait in the outbox.
    #[arg(long = "smtp-url", env = "CNA_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// The sender of messages (`Directory <cna@example.org>`); required with `CNA_SMTP_URL`.
    #[arg(long = "smtp-from", env = "CNA_SMTP_FROM")]
    pub smtp_from: Option<String>,
    /// Seconds before a message whose sending failed is tried again; each further failure doubles
    /// the wait, up to 6 hours.
    #[arg(
        long = "smtp-retry-secs",
        env = "CNA_SMTP_RETRY_SECS",
        default_value_t = 30
    )]
    pub retry_secs: u64,
    /// Days before a record becomes stale that its first reminder is sent.
    #[arg(
        long = "remind-before-days",
        env = "CNA_REMIND_BEFORE_DAYS",
        default_value_t = 30
    )]
    pub before_days: u32,
    /// Days between two reminders about a record that stays stale.
    #[arg(
        long = "remind-every-days",
        env = "CNA_REMIND_EVERY_DAYS",
        default_value_t = 30
    )]
    pub every_days: u32,
    /// Seconds between two passes of the server's reminder schedule (0: the server makes none;
    /// `cna remind` still does).
    #[arg(
        long = "remind-interval-secs",
        env = "CNA_REMIND_INTERVAL_SECS",
        default_value_t = 3600
    )]
    pub interval_secs: u64,
}

impl Default for ReminderSettings {
    fn default() -> Self {
        ReminderSettings {
            public_url: "http://127.0.0.1:8080".into(),
            smtp_url: None,
            smtp_from: None,
            retry_secs: 30,
            before_days: 30,
            every_days: 30,
            interval_secs: 3600,
        }
    }
}

impl ReminderSettings {
    /// Refuses settings reminders cannot work with.
    pub fn check(&self) -> anyhow::Result<()> {
        match url::Url::parse(&self.public_url) {
            Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {}
            _ => anyhow::bail!("CNA_PUBLIC_URL must be an http or https URL"),
        }
        if !(1..=364).contains(&self.before_days) {
            anyhow::bail!("CNA_REMIND_BEFORE_DAYS must be between 1 and 364");
        }
        if !(1..=365).contains(&self.every_days) {
            anyhow::bail!("CNA_REMIND_EVERY_DAYS must be between 1 and 365");
        }
        if self.smtp_url.is_some() && self.smtp_from.is_none() {
            anyhow::bail!("CNA_SMTP_FROM must be set with CNA_SMTP_URL");
        }
        Ok(())
    }

    /// The public URL without a trailing slash.
    pub fn base_url(&self) -> &str {
        self.public_url.trim_end_matches('/')
    }
}

impl std::fmt::Debug for ReminderSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReminderSettings")
            .field("public_url", &self.public_url)
            .field("smtp_url", &self.smtp_url.as_deref().map(redact_url))
            .field("smtp_from", &self.smtp_from)
            .field("retry_secs", &self.retry_secs)
            .field("before_days", &self.before_days)
            .field("every_days", &self.every_days)
            .field("interval_secs", &self.interval_secs)
            .finish()
    }
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
            stream_pool_size: 1,
            stream_send_timeout_secs: 1,
        };
        assert!(!format!("{settings:?}").contains("pw"));
    }
}

/// Accounts and tokens.
#[derive(Clone, clap::Args)]
pub struct AuthSettings {
    /// Secret that signs access tokens (HS256), at least 32 bytes; the same for every server process.
    #[arg(long = "jwt-secret", env = "CNA_JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<String>,
    /// Development run: without CNA_JWT_SECRET, sign tokens with a random secret made at start (tokens
    /// die with the process and other processes do not accept them). Never in production.
    #[arg(long, env = "CNA_DEV")]
    pub dev: bool,
    /// Lifetime of access tokens in seconds (60 to 900).
    #[arg(
        long = "access-token-ttl",
        env = "CNA_ACCESS_TOKEN_TTL",
        default_value_t = 900
    )]
    pub access_ttl_secs: i64,
    /// Lifetime of refresh tokens in days.
    #[arg(
        long = "refresh-token-days",
        env = "CNA_REFRESH_TOKEN_DAYS",
        default_value_t = 30
    )]
    pub refresh_ttl_days: i64,
    /// Lifetime of a web application session in hours, from sign-in.
    #[arg(
        long = "web-session-hours",
        env = "CNA_WEB_SESSION_HOURS",
        default_value_t = 12
    )]
    pub web_session_hours: i64,
    /// Most password hashes computed at once (each takes 19 MiB).
    #[arg(
        long = "hash-concurrency",
        env = "CNA_HASH_CONCURRENCY",
        default_value_t = 2
    )]
    pub hash_concurrency: usize,
    /// Password hashes that may wait for one of those places; one more is refused at once (503).
    #[arg(long = "hash-queue", env = "CNA_HASH_QUEUE", default_value_t = 16)]
    pub hash_queue: usize,
    /// Failed sign-ins allowed per account within 15 minutes before attempts are refused (429).
    #[arg(
        long = "login-max-failures",
        env = "CNA_LOGIN_MAX_FAILURES",
        default_value_t = 5
    )]
    pub login_max_failures: i32,
    /// Failed sign-ins allowed per client address within 15 minutes.
    #[arg(
        long = "login-max-failures-per-address",
        env = "CNA_LOGIN_MAX_FAILURES_PER_ADDRESS",
        default_value_t = 50
    )]
    pub login_max_failures_per_address: i32,
}

impl std::fmt::Debug for AuthSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthSettings")
            .field("jwt_secret", &self.jwt_secret.as_ref().map(|_| "***"))
            .field("dev", &self.dev)
            .field("access_ttl_secs", &self.access_ttl_secs)
            .finish_non_exhaustive()
    }
}

impl AuthSettings {
    /// Refuses settings the server cannot start with, without making a secret: a short or missing
    /// secret outside a development run, a token lifetime out of bounds.
    pub fn check(&self) -> anyhow::Result<()> {
        if !(60..=900).contains(&self.access_ttl_secs) {
            anyhow::bail!("CNA_ACCESS_TOKEN_TTL must be between 60 and 900 seconds");
        }
        match &self.jwt_secret {
            Some(secret) if secret.len() >= 32 => Ok(()),
            Some(_) => anyhow::bail!("CNA_JWT_SECRET must be at least 32 bytes long"),
            None if self.dev => Ok(()),
            None => anyhow::bail!(
                "CNA_JWT_SECRET is not set: set it to a random secret of at least 32 bytes, \
                 or pass --dev (CNA_DEV=true) for a development run"
            ),
        }
    }

    /// The signing secret: the configured one, or in a development run a random one (said once,
    /// here). Refuses to go on without a secret otherwise, or with a short one.
    pub fn signing_secret(&self) -> anyhow::Result<Vec<u8>> {
        self.check()?;
        match &self.jwt_secret {
            Some(secret) => Ok(secret.as_bytes().to_vec()),
            None => {
                use argon2::password_hash::rand_core::{OsRng, RngCore};
                tracing::warn!("development run: access tokens are signed with a random secret");
                let mut secret = vec![0u8; 32];
                OsRng.fill_bytes(&mut secret);
                Ok(secret)
            }
        }
    }

    /// Settings for tests and tools: this secret, defaults for everything else.
    pub fn with_secret(secret: &str) -> Self {
        AuthSettings {
            jwt_secret: Some(secret.to_owned()),
            dev: false,
            access_ttl_secs: 900,
            refresh_ttl_days: 30,
            web_session_hours: 12,
            hash_concurrency: 2,
            hash_queue: 16,
            login_max_failures: 5,
            login_max_failures_per_address: 50,
        }
    }
}

#[cfg(test)]
mod auth_tests {
    use super::AuthSettings;

    #[test]
    fn serve_refuses_to_start_without_a_secret_unless_told_it_is_a_dev_run() {
        let mut settings = AuthSettings::with_secret("x");
        settings.jwt_secret = None;
        let error = settings.signing_secret().unwrap_err().to_string();
        assert!(error.contains("CNA_JWT_SECRET"), "{error}");
        settings.dev = true;
        assert_eq!(settings.signing_secret().unwrap().len(), 32);
        assert!(AuthSettings::with_secret("too short")
            .signing_secret()
            .is_err());
        let long = "0123456789abcdef0123456789abcdef";
        assert!(AuthSettings::with_secret(long).signing_secret().is_ok());
        let mut slow = AuthSettings::with_secret(long);
        slow.access_ttl_secs = 3600;
        assert!(
            slow.signing_secret().is_err(),
            "access tokens live at most 15 minutes"
        );
        assert!(!format!("{:?}", AuthSettings::with_secret(long)).contains("0123"));
    }
}

#[cfg(test)]
mod reminder_tests {
    use super::ReminderSettings;

    #[test]
    fn reminder_settings_that_cannot_work_are_refused_and_the_smtp_password_never_printed() {
        assert!(ReminderSettings::default().check().is_ok());
        let refused = |change: fn(&mut ReminderSettings)| {
            let mut settings = ReminderSettings::default();
            change(&mut settings);
            settings.check().unwrap_err().to_string()
        };
        assert!(refused(|s| s.public_url = "cna.example.org".into()).contains("CNA_PUBLIC_URL"));
        assert!(
            refused(|s| s.public_url = "ftp://cna.example.org".into()).contains("CNA_PUBLIC_URL")
        );
        assert!(refused(|s| s.before_days = 0).contains("CNA_REMIND_BEFORE_DAYS"));
        assert!(refused(|s| s.before_days = 365).contains("CNA_REMIND_BEFORE_DAYS"));
        assert!(refused(|s| s.every_days = 0).contains("CNA_REMIND_EVERY_DAYS"));
        assert!(
            refused(|s| s.smtp_url = Some("smtp://127.0.0.1:25".into())).contains("CNA_SMTP_FROM")
        );
        let settings = ReminderSettings {
            smtp_url: Some("smtps://cna:s3cret@smtp.example.org".into()),
            smtp_from: Some("cna@example.org".into()),
            ..Default::default()
        };
        assert!(settings.check().is_ok());
        assert!(!format!("{settings:?}").contains("s3cret"));
        assert_eq!(
            ReminderSettings {
                public_url: "https://cna.example.org/".into(),
                ..Default::default()
            }
            .base_url(),
            "https://cna.example.org"
        );
    }
}
