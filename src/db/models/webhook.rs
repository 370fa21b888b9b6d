//! Partner webhooks: the registered URL and its delivery state on `partner_clients`, and the log
//! of attempts in `webhook_deliveries`.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use crate::db::{
    schema::{partner_clients, webhook_deliveries},
    Conn,
};

/// A partner's webhook and where its deliveries stand.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = partner_clients)]
pub struct Webhook {
    #[diesel(column_name = id)]
    pub partner_id: Uuid,
    #[diesel(select_expression = partner_clients::webhook_url.assume_not_null())]
    pub url: String,
    #[diesel(select_expression = partner_clients::webhook_secret.assume_not_null())]
    pub secret: String,
    #[diesel(column_name = webhook_notified)]
    pub notified: Option<String>,
    #[diesel(column_name = webhook_failures)]
    pub failures: i32,
    #[diesel(column_name = webhook_next_attempt_at)]
    pub next_attempt_at: Option<DateTime<Utc>>,
}

/// The webhook of a partner client, if it registered one.
pub async fn find(conn: &mut Conn, partner_id: Uuid) -> QueryResult<Option<Webhook>> {
    partner_clients::table
        .find(partner_id)
        .filter(partner_clients::webhook_url.is_not_null())
        .select(Webhook::as_select())
        .first(conn)
        .await
        .optional()
}

/// Registers (or replaces) a partner's URL and secret; deliveries start afresh.
pub async fn register(
    conn: &mut Conn,
    partner_id: Uuid,
    url: &str,
    secret: &str,
) -> QueryResult<()> {
    diesel::update(partner_clients::table.find(partner_id))
        .set((
            partner_clients::webhook_url.eq(url),
            partner_clients::webhook_secret.eq(secret),
            partner_clients::webhook_notified.eq(None::<String>),
            partner_clients::webhook_failures.eq(0),
            partner_clients::webhook_next_attempt_at.eq(None::<DateTime<Utc>>),
        ))
        .execute(conn)
        .await
        .map(drop)
}

/// Removes a partner's webhook; false when it had none.
pub async fn remove(conn: &mut Conn, partner_id: Uuid) -> QueryResult<bool> {
    let removed = diesel::update(
        partner_clients::table
            .find(partner_id)
            .filter(partner_clients::webhook_url.is_not_null()),
    )
    .set((
        partner_clients::webhook_url.eq(None::<String>),
        partner_clients::webhook_secret.eq(None::<String>),
        partner_clients::webhook_notified.eq(None::<String>),
        partner_clients::webhook_failures.eq(0),
        partner_clients::webhook_next_attempt_at.eq(None::<DateTime<Utc>>),
    ))
    .execute(conn)
    .await?;
    Ok(removed == 1)
}

/// Webhooks of active clients that have not been told about `cursor` and may be tried now.
pub async fn due(conn: &mut Conn, cursor: &str, now: DateTime<Utc>) -> QueryResult<Vec<Webhook>> {
    partner_clients::table
        .filter(partner_clients::webhook_url.is_not_null())
        .filter(partner_clients::revoked_at.is_null())
        .filter(partner_clients::webhook_notified.is_distinct_from(cursor))
        .filter(
            partner_clients::webhook_next_attempt_at
                .is_null()
                .or(partner_clients::webhook_next_attempt_at.le(now)),
        )
        .select(Webhook::as_select())
        .load(conn)
        .await
}

/// Records that the URL accepted the notice of `cursor` (unless it was replaced meanwhile).
pub async fn delivered(conn: &mut Conn, hook: &Webhook, cursor: &str) -> QueryResult<()> {
    diesel::update(
        partner_clients::table
            .find(hook.partner_id)
            .filter(partner_clients::webhook_url.eq(&hook.url)),
    )
    .set((
        partner_clients::webhook_notified.eq(cursor),
        partner_clients::webhook_failures.eq(0),
        partner_clients::webhook_next_attempt_at.eq(None::<DateTime<Utc>>),
    ))
    .execute(conn)
    .await
    .map(drop)
}

/// Records a failed attempt and when to try again.
pub async fn failed(
    conn: &mut Conn,
    hook: &Webhook,
    next_attempt_at: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(
        partner_clients::table
            .find(hook.partner_id)
            .filter(partner_clients::webhook_url.eq(&hook.url)),
    )
    .set((
        partner_clients::webhook_failures.eq(hook.failures + 1),
        partner_clients::webhook_next_attempt_at.eq(next_attempt_at),
    ))
    .execute(conn)
    .await
    .map(drop)
}

/// One delivery attempt.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = webhook_deliveries)]
pub struct Delivery {
    #[diesel(skip_insertion)]
    pub id: i64,
    pub partner_id: Uuid,
    pub message_id: String,
    pub url: String,
    pub cursor: String,
    pub attempt: i32,
    pub status: Option<i32>,
    pub error: Option<String>,
    pub duration_ms: i32,
    pub attempted_at: DateTime<Utc>,
}

pub async fn log(conn: &mut Conn, delivery: &Delivery) -> QueryResult<()> {
    diesel::insert_into(webhook_deliveries::table)
        .values(delivery)
        .execute(conn)
        .await
        .map(drop)
}

/// A partner's delivery attempts, newest first, before `before` (an id) if given.
pub async fn deliveries(
    conn: &mut Conn,
    partner_id: Uuid,
    before: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<Delivery>> {
    let mut query = webhook_deliveries::table
        .filter(webhook_deliveries::partner_id.eq(partner_id))
        .order(webhook_deliveries::id.desc())
        .limit(limit)
        .select(Delivery::as_select())
        .into_boxed();
    if let Some(before) = before {
        query = query.filter(webhook_deliveries::id.lt(before));
    }
    query.load(conn).await
}
