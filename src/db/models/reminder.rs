//! What the reminder schedule reads and records: the records each focal point may be reminded of,
//! the reminders already sent, the administrators' monthly summaries, and the month's activity.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text, Timestamptz, Uuid as SqlUuid};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use crate::db::{
    schema::{reminders_sent, summaries_sent, users},
    Conn,
};

/// Takes the lock that makes one reminder pass at a time, until the end of the transaction.
pub async fn lock(conn: &mut Conn) -> QueryResult<()> {
    // "cna_remi"
    diesel::sql_query("SELECT pg_advisory_xact_lock(7165064343207275881)")
        .execute(conn)
        .await
        .map(drop)
}

/// An active record of a focal point's State that may be due, with the last stage of the
/// schedule its focal point was reminded of since the record's last confirmation.
#[derive(Debug, Clone, QueryableByName)]
pub struct Candidate {
    #[diesel(sql_type = SqlUuid)]
    pub user_id: Uuid,
    #[diesel(sql_type = Text)]
    pub email: String,
    #[diesel(sql_type = Text)]
    pub language: String,
    #[diesel(sql_type = Text)]
    pub country: String,
    #[diesel(sql_type = SqlUuid)]
    pub authority_id: Uuid,
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub acronym: Option<String>,
    #[diesel(sql_type = BigInt)]
    pub version: i64,
    /// When it was last confirmed, or added.
    #[diesel(sql_type = Timestamptz)]
    pub confirmed_at: DateTime<Utc>,
    #[diesel(sql_type = Nullable<diesel::sql_types::Integer>)]
    pub last_stage: Option<i32>,
}

/// The active authorities confirmed at or before `horizon`, for each active focal point of their
/// State whose reminders are not paused; by account, longest unconfirmed first.
pub async fn candidates(conn: &mut Conn, horizon: DateTime<Utc>) -> QueryResult<Vec<Candidate>> {
    diesel::sql_query(
        "SELECT u.id AS user_id, u.email, u.language, u.country,
                a.id AS authority_id, a.sort_name AS name, a.acronym, a.version,
                coalesce(a.last_confirmed_at, a.created_at) AS confirmed_at,
                (SELECT max(r.stage) FROM reminders_sent r
                  WHERE r.user_id = u.id AND r.entity_id = a.id
                    AND r.confirmed_at = coalesce(a.last_confirmed_at, a.created_at)) AS last_stage
           FROM users u
           JOIN authorities a ON a.country = u.country AND a.status = 'active'
          WHERE u.role = 'focal_point' AND u.active AND NOT u.reminders_paused
            AND coalesce(a.last_confirmed_at, a.created_at) <= $1
          ORDER BY u.id, confirmed_at, a.id",
    )
    .bind::<Timestamptz, _>(horizon)
    .load(conn)
    .await
}

/// Records that `user_id` was reminded of stage `stage` of the record `entity_id` confirmed at
/// `confirmed_at`, in the message `message_id`.
pub async fn sent(
    conn: &mut Conn,
    user_id: Uuid,
    entity_id: Uuid,
    confirmed_at: DateTime<Utc>,
    stage: i32,
    message_id: i64,
) -> QueryResult<()> {
    diesel::insert_into(reminders_sent::table)
        .values((
            reminders_sent::user_id.eq(user_id),
            reminders_sent::entity_id.eq(entity_id),
            reminders_sent::confirmed_at.eq(confirmed_at),
            reminders_sent::stage.eq(stage),
            reminders_sent::message_id.eq(message_id),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// An administrator to send the summary of `month` to.
#[derive(Debug, Clone, Queryable)]
pub struct Administrator {
    pub id: Uuid,
    pub email: String,
    pub language: String,
}

/// The active administrators whose reminders are not paused and who have not had the summary of
/// `month`.
pub async fn administrators_without_summary(
    conn: &mut Conn,
    month: NaiveDate,
) -> QueryResult<Vec<Administrator>> {
    let had = summaries_sent::table
        .filter(summaries_sent::month.eq(month))
        .select(summaries_sent::user_id);
    users::table
        .filter(users::role.eq("admin"))
        .filter(users::active)
        .filter(users::reminders_paused.eq(false))
        .filter(users::id.ne_all(had))
        .order(users::id)
        .select((users::id, users::email, users::language))
        .load(conn)
        .await
}

/// Records that `user_id` was sent the summary of `month` in `message_id`.
pub async fn summary_sent(
    conn: &mut Conn,
    user_id: Uuid,
    month: NaiveDate,
    message_id: i64,
) -> QueryResult<()> {
    diesel::insert_into(summaries_sent::table)
        .values((
            summaries_sent::user_id.eq(user_id),
            summaries_sent::month.eq(month),
            summaries_sent::message_id.eq(message_id),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// What happened to the records between `from` and `to`.
#[derive(Debug, Clone, Copy, Default, QueryableByName)]
pub struct Activity {
    /// Records added, changed, retired or deleted.
    #[diesel(sql_type = BigInt)]
    pub changed: i64,
    /// Authorities confirmed.
    #[diesel(sql_type = BigInt)]
    pub confirmed: i64,
}

pub async fn activity(
    conn: &mut Conn,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> QueryResult<Activity> {
    diesel::sql_query(
        "SELECT count(DISTINCT (entity, entity_id)) FILTER (WHERE action NOT IN ('confirm', 'seed'))
                    AS changed,
                count(DISTINCT (entity, entity_id)) FILTER (WHERE action = 'confirm') AS confirmed
           FROM record_versions WHERE recorded_at >= $1 AND recorded_at < $2",
    )
    .bind::<Timestamptz, _>(from)
    .bind::<Timestamptz, _>(to)
    .get_result(conn)
    .await
}
