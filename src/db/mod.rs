//! The database: the connection pool, the embedded migrations, and in [`models`] the plain query
//! functions. Every query function takes `&mut Conn`, so the caller decides the transaction.

pub mod models;
pub mod schema;

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use diesel::connection::SimpleConnection;
use diesel_async::{
    async_connection_wrapper::AsyncConnectionWrapper,
    pooled_connection::{deadpool, AsyncDieselConnectionManager, ManagerConfig},
    AsyncPgConnection,
};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};
use futures_util::FutureExt;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// A Postgres connection.
pub type Conn = AsyncPgConnection;
/// The connection pool shared by all request handlers.
pub type Pool = deadpool::Pool<AsyncPgConnection>;
/// Why a connection could not be taken from the pool (timeout, database unreachable).
pub type PoolError = deadpool::PoolError;

/// Tries once to take the session-level advisory lock `key` on `conn`: true when this connection
/// now holds it (until it closes). How one server process becomes the one that does a job.
pub async fn try_advisory_lock(conn: &mut Conn, key: i64) -> diesel::QueryResult<bool> {
    #[derive(diesel::QueryableByName)]
    struct Locked {
        #[diesel(sql_type = diesel::sql_types::Bool)]
        locked: bool,
    }
    use diesel_async::RunQueryDsl;
    let Locked { locked } = diesel::sql_query("SELECT pg_try_advisory_lock($1) AS locked")
        .bind::<diesel::sql_types::BigInt, _>(key)
        .get_result(conn)
        .await?;
    Ok(locked)
}

/// The schema migrations, compiled into the binary.
pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

/// Advisory-lock key that serialises migrations when several processes start at once.
const MIGRATION_LOCK_KEY: i64 = 0x636e_615f_6d69_6772; // "cna_migr"

/// Builds the pool. Connections are opened lazily; waiting for one is bounded by `timeout`, so an
/// unreachable database yields a 503 quickly instead of hanging requests.
pub fn build_pool(database_url: &str, max_size: usize, timeout: Duration) -> anyhow::Result<Pool> {
    let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new(database_url);
    pool_of(manager, max_size, timeout).context("building the database connection pool")
}

fn pool_of(
    manager: AsyncDieselConnectionManager<AsyncPgConnection>,
    max_size: usize,
    timeout: Duration,
) -> Result<Pool, deadpool::BuildError> {
    Pool::builder(manager)
        .max_size(max_size)
        .wait_timeout(Some(timeout))
        .create_timeout(Some(timeout))
        .recycle_timeout(Some(timeout))
        .runtime(::deadpool::Runtime::Tokio1)
        .build()
}

/// The connections of long streams (exports), apart from the pool that short requests share, so
/// that however many streams run and however slowly their clients read, they can never take the
/// connections that short requests need. A stream takes a place before it starts (one more finds
/// none and is refused at once); its connection's session is bounded on the server side too
/// (`idle_in_transaction_session_timeout`, `statement_timeout`), so even a stream this process
/// lost track of cannot hold a snapshot open for long; and a stream whose client stops reading for
/// `send_timeout` is ended.
#[derive(Clone)]
pub struct StreamPool {
    pub pool: Pool,
    places: Arc<Semaphore>,
    pub send_timeout: Duration,
}

impl StreamPool {
    /// `size` streams at once on their own connections; each waits at most `send_timeout` for its
    /// client to take more, and its transaction may sit idle for at most twice that.
    pub fn build(database_url: &str, size: usize, send_timeout: Duration) -> anyhow::Result<Self> {
        let size = size.max(1);
        let idle_ms = send_timeout.as_millis().saturating_mul(2).max(1000);
        let statement_ms = 60_000;
        let settings = format!(
            "SET idle_in_transaction_session_timeout = {idle_ms}; \
             SET statement_timeout = {statement_ms}"
        );
        let mut config = ManagerConfig::<AsyncPgConnection>::default();
        config.custom_setup = Box::new(move |url| {
            let settings = settings.clone();
            let url = url.to_owned();
            async move {
                let mut conn =
                    <AsyncPgConnection as diesel_async::AsyncConnection>::establish(&url).await?;
                diesel_async::SimpleAsyncConnection::batch_execute(&mut conn, &settings)
                    .await
                    .map_err(diesel::ConnectionError::CouldntSetupConfiguration)?;
                Ok(conn)
            }
            .boxed()
        });
        let manager = AsyncDieselConnectionManager::<AsyncPgConnection>::new_with_config(
            database_url,
            config,
        );
        let pool = pool_of(manager, size, Duration::from_secs(5))
            .context("building the stream connection pool")?;
        Ok(StreamPool {
            pool,
            places: Arc::new(Semaphore::new(size)),
            send_timeout,
        })
    }

    /// A place for one more stream, or `None` when every place is taken.
    pub fn enter(&self) -> Option<OwnedSemaphorePermit> {
        Arc::clone(&self.places).try_acquire_owned().ok()
    }
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
