//! The database: the connection pool, the embedded migrations, and in [`models`] the plain query
//! functions. Every query function takes `&mut Conn`, so the caller decides the transaction.

pub mod models;
pub mod schema;

use std::time::Duration;

use anyhow::Context;
use diesel::connection::SimpleConnection;
use diesel_async::{
    async_connection_wrapper::AsyncConnectionWrapper,
    pooled_connection::{deadpool, AsyncDieselConnectionManager},
    AsyncPgConnection,
};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

/// A Postgres connection.
pub type Conn = AsyncPgConnection;
/// The connection pool shared by all request handlers.
pub type Pool = deadpool::Pool<AsyncPgConnection>;
/// Why a connection could not be taken from the pool (timeout, database unreachable).
pub type PoolError = deadpool::PoolError;

/// The schema migrations, compiled into the binary.
pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

/// Advisory-lock key that serialises migrations when several processes start at once.
const MIGRATION_LOCK_KEY: i64 = 0x636e_615f_6d69_6772; // "cna_migr"

/// Builds the pool. Connections are opened lazily; waiting for one is bounded by `timeout`, so an
/// unreachable database yields a 503 quickly instead of hanging requests.
pub fn build_pool(database_url: &str, max_size: usize, timeout: Duration) -> anyhow::Result<Pool> {
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new(database_url);
    Pool::builder(manager)
        .max_size(max_size)
        .wait_timeout(Some(timeout))
        .create_timeout(Some(timeout))
        .recycle_timeout(Some(timeout))
        .runtime(::deadpool::Runtime::Tokio1)
        .build()
        .context("building the database connection pool")
}

/// Applies every pending migration and returns the versions applied. Safe to call from several
/// processes at once: they take turns on an advisory lock.
pub async fn run_migrations(database_url: &str) -> anyhow::Result<Vec<String>> {
    let url = database_url.to_owned();
    tokio::task::spawn_blocking(move || -> anyhow::Result<Vec<String>> {
        use diesel::Connection;
        let mut conn = AsyncConnectionWrapper::<AsyncPgConnection>::establish(&url)
            .context("connecting to the database to migrate it")?;
        conn.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))?;
        let applied = conn
            .run_pending_migrations(MIGRATIONS)
            .map_err(|e| anyhow::anyhow!("applying migrations: {e}"))
            .map(|versions| versions.iter().map(ToString::to_string).collect());
        conn.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})"))?;
        applied
    })
    .await
    .context("the migration task panicked")?
}

/// Reverts every migration (used to prove each `down.sql` works).
pub async fn revert_all_migrations(database_url: &str) -> anyhow::Result<usize> {
    let url = database_url.to_owned();
    tokio::task::spawn_blocking(move || -> anyhow::Result<usize> {
        use diesel::Connection;
        let mut conn = AsyncConnectionWrapper::<AsyncPgConnection>::establish(&url)?;
        let reverted = conn
            .revert_all_migrations(MIGRATIONS)
            .map_err(|e| anyhow::anyhow!("reverting migrations: {e}"))?;
        Ok(reverted.len())
    })
    .await
    .context("the migration task panicked")?
}
