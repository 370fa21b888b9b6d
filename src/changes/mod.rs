//! Reading the change log in commit order, without gaps: the one source the search indexer and the
//! partner feed follow.
//!
//! Rows are ordered by `(txid, seq)`, and a reader only sees rows whose transaction is older than the
//! oldest transaction still running (`pg_snapshot_xmin(pg_current_snapshot())`). Every such
//! transaction has finished, so no row can ever appear before a position already read: a long
//! transaction that commits late holds back the rows of later transactions until it is done, instead
//! of being skipped by a reader that went past them.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use diesel::OptionalExtension;
use diesel::{
    sql_types::{BigInt, Text, Timestamptz, Uuid as SqlUuid},
    QueryableByName,
};
use diesel_async::{AsyncConnection, RunQueryDsl};
use futures_util::StreamExt;
use tokio::sync::watch;
use uuid::Uuid;

use crate::db::Conn;

/// A position in the change log: after the row `(txid, seq)`. The start is `(0, 0)`.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
pub struct Position {
    pub txid: u64,
    pub seq: i64,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.txid, self.seq)
    }
}

impl std::str::FromStr for Position {
    type Err = String;

    /// Reads what `Display` writes: `txid.seq`.
    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let invalid = || format!("{raw:?} is not a change-feed cursor");
        let (txid, seq) = raw.split_once('.').ok_or_else(invalid)?;
        let digits =
            |s: &str| !s.is_empty() && s.len() <= 20 && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(txid) || !digits(seq) {
            return Err(invalid());
        }
        Ok(Position {
            txid: txid.parse().map_err(|_| invalid())?,
            seq: seq.parse().map_err(|_| invalid())?,
        })
    }
}

/// Raised whenever this process learns that the log may have moved: at each `NOTIFY cna_changes`
/// (sent by every commit that writes to the log), and after the listener (re)connects. Each
/// subscriber sees every raise that happens after it subscribed, so a reader that subscribes
/// before reading the log cannot sleep through a commit that lands between its read and its wait.
#[derive(Debug, Clone)]
pub struct Signal(Arc<watch::Sender<u64>>);

impl Default for Signal {
    fn default() -> Self {
        Signal(Arc::new(watch::channel(0).0))
    }
}

impl Signal {
    pub fn notify(&self) {
        self.0
            .send_modify(|raised| *raised = raised.wrapping_add(1));
    }

    /// A waiter that wakes at the raises from now on.
    pub fn subscribe(&self) -> Waiter {
        Waiter(self.0.subscribe())
    }
}

/// One subscriber of a [`Signal`].
#[derive(Debug)]
pub struct Waiter(watch::Receiver<u64>);

impl Waiter {
    /// Returns at the first raise since subscribing or since the last return, or after `at_most`
    /// (waiters also poll, so a lost notification costs at most that).
    pub async fn wait(&mut self, at_most: Duration) {
        let raised = tokio::time::timeout(at_most, self.0.changed()).await;
        if let Ok(Err(_)) = raised {
            // The signal is gone (the process is stopping): wait out the time instead of spinning.
            tokio::time::sleep(at_most).await;
        }
    }
}

/// Raises `signal` at every `NOTIFY cna_changes`, on a connection of its own, for as long as the
/// process runs; a lost connection is made again (and the signal raised, since a notification may
/// have been missed meanwhile).
pub fn listen(database_url: String, signal: Signal) {
    tokio::spawn(async move {
        loop {
            if let Err(e) = relay(&database_url, &signal).await {
                tracing::warn!(
                    error = format!("{e:#}"),
                    "change notifications interrupted; listening again"
                );
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    });
}

async fn relay(database_url: &str, signal: &Signal) -> anyhow::Result<()> {
    let mut listener = Conn::establish(database_url).await?;
    diesel::sql_query("LISTEN cna_changes")
        .execute(&mut listener)
        .await?;
    signal.notify();
    let mut notifications = std::pin::pin!(listener.notifications_stream());
    while let Some(notification) = notifications.next().await {
        notification?;
        signal.notify();
    }
    anyhow::bail!("the notification stream ended")
}

/// One committed change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub position: Position,
    /// `authority`, `legislation` or `case`.
    pub entity: String,
    pub entity_id: Uuid,
    /// `upsert` or `delete`.
    pub operation: String,
    pub version: i64,
    pub country: String,
    pub changed_at: DateTime<Utc>,
}

#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = BigInt)]
    seq: i64,
    #[diesel(sql_type = Text)]
    txid: String,
    #[diesel(sql_type = Text)]
    entity: String,
    #[diesel(sql_type = SqlUuid)]
    entity_id: Uuid,
    #[diesel(sql_type = Text)]
    operation: String,
    #[diesel(sql_type = BigInt)]
    version: i64,
    #[diesel(sql_type = Text)]
    country: String,
    #[diesel(sql_type = Timestamptz)]
    changed_at: DateTime<Utc>,
}

/// A transaction id as Postgres prints an `xid8`.
fn parse_txid(raw: &str) -> diesel::QueryResult<u64> {
    raw.parse::<u64>().map_err(|e| {
        diesel::result::Error::DeserializationError(format!("txid {raw:?}: {e}").into())
    })
}

/// Up to `limit` changes after `after`, in commit order, only from finished transactions. (The order
/// names the table's columns: a bare `txid` would be the text the query selects, and "1000" sorts
/// before "999".)
pub async fn read_after(
    conn: &mut Conn,
    after: Position,
    limit: i64,
) -> diesel::QueryResult<Vec<Change>> {
    let rows: Vec<Row> = diesel::sql_query(
        "SELECT seq, txid::text AS txid, entity, entity_id, operation, version, country, changed_at
           FROM change_log
          WHERE txid < pg_snapshot_xmin(pg_current_snapshot())
            AND (txid, seq) > ($1::text::xid8, $2)
          ORDER BY change_log.txid, change_log.seq
          LIMIT $3",
    )
    .bind::<Text, _>(after.txid.to_string())
    .bind::<BigInt, _>(after.seq)
    .bind::<BigInt, _>(limit)
    .load(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            let txid = parse_txid(&r.txid)?;
            Ok(Change {
                position: Position { txid, seq: r.seq },
                entity: r.entity,
                entity_id: r.entity_id,
                operation: r.operation,
                version: r.version,
                country: r.country,
                changed_at: r.changed_at,
            })
        })
        .collect()
}

/// The position of the last change readable now (or the horizon, when the log was pruned to its
/// end): every change up to it can be read, and every change committed later comes after it.
pub async fn head(conn: &mut Conn) -> diesel::QueryResult<Position> {
    #[derive(QueryableByName)]
    struct Head {
        #[diesel(sql_type = diesel::sql_types::Nullable<Text>)]
        txid: Option<String>,
        #[diesel(sql_type = diesel::sql_types::Nullable<BigInt>)]
        seq: Option<i64>,
    }
    let head: Head = diesel::sql_query(
        "SELECT txid::text AS txid, seq FROM (SELECT NULL) AS one
           LEFT JOIN LATERAL (
                SELECT txid, seq FROM change_log
                 WHERE txid < pg_snapshot_xmin(pg_current_snapshot())
                 ORDER BY txid DESC, seq DESC
                 LIMIT 1) AS last ON true",
    )
    .get_result(conn)
    .await?;
    let last = match (head.txid, head.seq) {
        (Some(txid), Some(seq)) => Position {
            txid: parse_txid(&txid)?,
            seq,
        },
        _ => Position::default(),
    };
    // A log pruned to its end is at its horizon.
    Ok(last.max(horizon(conn).await?))
}

/// Reads everything after `after` that is readable now, page by page.
pub async fn read_all_after(
    conn: &mut Conn,
    mut after: Position,
) -> diesel::QueryResult<Vec<Change>> {
    let mut all = Vec::new();
    loop {
        let page = read_after(conn, after, 1000).await?;
        let Some(last) = page.last() else {
            return Ok(all);
        };
        after = last.position;
        all.extend(page);
    }
}

/// The position up to which the log has been pruned: changes at or before it are gone. The start
/// when nothing was pruned.
pub async fn horizon(conn: &mut Conn) -> diesel::QueryResult<Position> {
    #[derive(QueryableByName)]
    struct Horizon {
        #[diesel(sql_type = Text)]
        txid: String,
        #[diesel(sql_type = BigInt)]
        seq: i64,
    }
    let found: Option<Horizon> =
        diesel::sql_query("SELECT txid::text AS txid, seq FROM change_log_horizon")
            .get_result(conn)
            .await
            .optional()?;
    match found {
        Some(h) => Ok(Position {
            txid: parse_txid(&h.txid)?,
            seq: h.seq,
        }),
        None => Ok(Position::default()),
    }
}

/// Deletes the readable changes made before `before`, in commit order up to the first one that is
/// not, and moves the horizon there. Returns how many were deleted and the new horizon. Run it in a
/// transaction.
pub async fn prune(
    conn: &mut Conn,
    before: DateTime<Utc>,
) -> diesel::QueryResult<(usize, Position)> {
    #[derive(QueryableByName)]
    struct Last {
        #[diesel(sql_type = diesel::sql_types::Nullable<Text>)]
        txid: Option<String>,
        #[diesel(sql_type = diesel::sql_types::Nullable<BigInt>)]
        seq: Option<i64>,
    }
    // The last change of the unbroken run of old, readable changes at the start of the log.
    let last: Last = diesel::sql_query(
        "SELECT txid::text AS txid, seq FROM (SELECT NULL) AS one LEFT JOIN LATERAL (
             SELECT txid, seq FROM change_log
              WHERE txid < pg_snapshot_xmin(pg_current_snapshot())
                AND (txid, seq) < coalesce(
                    (SELECT (txid, seq) FROM change_log
                      WHERE changed_at >= $1 OR txid >= pg_snapshot_xmin(pg_current_snapshot())
                      ORDER BY txid, seq LIMIT 1),
                    (pg_snapshot_xmin(pg_current_snapshot()), 0))
              ORDER BY txid DESC, seq DESC LIMIT 1) AS last ON true",
    )
    .bind::<Timestamptz, _>(before)
    .get_result(conn)
    .await?;
    let (Some(txid), Some(seq)) = (last.txid, last.seq) else {
        return Ok((0, horizon(conn).await?));
    };
    let deleted = diesel::sql_query("DELETE FROM change_log WHERE (txid, seq) <= ($1::xid8, $2)")
        .bind::<Text, _>(&txid)
        .bind::<BigInt, _>(seq)
        .execute(conn)
        .await?;
    diesel::sql_query(
        "INSERT INTO change_log_horizon (txid, seq) VALUES ($1::xid8, $2)
         ON CONFLICT (only_row) DO UPDATE SET txid = excluded.txid, seq = excluded.seq,
                                            pruned_at = now()
         WHERE (change_log_horizon.txid, change_log_horizon.seq) < (excluded.txid, excluded.seq)",
    )
    .bind::<Text, _>(&txid)
    .bind::<BigInt, _>(seq)
    .execute(conn)
    .await?;
    Ok((deleted, horizon(conn).await?))
}
