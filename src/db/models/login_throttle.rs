//! Counters of sign-in attempts, keyed by account or by client address. An attempt is counted
//! when it is claimed, before its password is checked, in one statement that also refuses it when
//! the key is blocked, so that attempts made in parallel cannot slip past the limit between a check
//! and a count.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Double, Integer, Nullable, Text, Timestamptz};
use diesel_async::RunQueryDsl;

use crate::db::{schema::login_throttle, Conn};

/// The limits a claim is counted against.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Attempts within the window from which the key is blocked.
    pub limit: i32,
    /// Seconds a window lasts.
    pub window_secs: f64,
    /// Seconds the first block lasts; each further attempt doubles it, up to the window.
    pub first_block_secs: f64,
}

#[derive(QueryableByName)]
struct Counted {
    #[diesel(sql_type = Integer)]
    failures: i32,
}

#[derive(QueryableByName)]
struct Blocked {
    #[diesel(sql_type = Nullable<Timestamptz>)]
    blocked_until: Option<DateTime<Utc>>,
}

/// Counts an attempt against `key`, blocking it from the limit on: `Ok(count)` when the attempt
/// may go ahead, `Err(until)` when the key is blocked (nothing is counted then).
pub async fn claim(
    conn: &mut Conn,
    key: &str,
    limits: Limits,
    now: DateTime<Utc>,
) -> QueryResult<Result<i32, DateTime<Utc>>> {
    // The count after this attempt: 1 in a new window, one more otherwise.
    const COUNT: &str = "CASE WHEN t.window_started_at <= $2 - make_interval(secs => $4) \
                         THEN 1 ELSE t.failures + 1 END";
    let block = |count: &str| {
        format!(
            "CASE WHEN {count} >= $3 THEN $2 + least(\
               make_interval(secs => $5 * power(2, least(greatest({count} - $3, 0), 16))), \
               make_interval(secs => $4)) END"
        )
    };
    let query = format!(
        "INSERT INTO login_throttle AS t (key, failures, window_started_at, blocked_until) \
         VALUES ($1, 1, $2, {first}) \
         ON CONFLICT (key) DO UPDATE SET \
           failures = {COUNT}, \
           window_started_at = CASE WHEN t.window_started_at <= $2 - make_interval(secs => $4) \
                               THEN $2 ELSE t.window_started_at END, \
           blocked_until = {next} \
         WHERE t.blocked_until IS NULL OR t.blocked_until <= $2 \
         RETURNING failures",
        first = block("1"),
        next = block(COUNT),
    );
    let counted: Option<Counted> = diesel::sql_query(query)
        .bind::<Text, _>(key)
        .bind::<Timestamptz, _>(now)
        .bind::<Integer, _>(limits.limit)
        .bind::<Double, _>(limits.window_secs)
        .bind::<Double, _>(limits.first_block_secs)
        .get_result(conn)
        .await
        .optional()?;
    if let Some(counted) = counted {
        return Ok(Ok(counted.failures));
    }
    let blocked: Blocked =
        diesel::sql_query("SELECT blocked_until FROM login_throttle WHERE key = $1")
            .bind::<Text, _>(key)
            .get_result(conn)
            .await?;
    Ok(Err(blocked.blocked_until.unwrap_or(now)))
}

/// Takes back an attempt that turned out not to be a failure; a block that only this attempt's
/// count had reached is lifted.
pub async fn give_back(conn: &mut Conn, key: &str, limit: i32) -> QueryResult<()> {
    diesel::sql_query(
        "UPDATE login_throttle SET failures = greatest(failures - 1, 0), \
           blocked_until = CASE WHEN failures - 1 < $2 THEN NULL ELSE blocked_until END \
         WHERE key = $1",
    )
    .bind::<Text, _>(key)
    .bind::<Integer, _>(limit)
    .execute(conn)
    .await
    .map(drop)
}

/// Forgets every attempt counted against `key`.
pub async fn clear(conn: &mut Conn, key: &str) -> QueryResult<()> {
    diesel::delete(login_throttle::table.find(key))
        .execute(conn)
        .await
        .map(drop)
}
