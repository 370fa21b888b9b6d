//! The outbox: messages waiting to be sent, sent ones, and every attempt to send them.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use crate::db::{
    schema::{outbox, outbox_attempts},
    Conn,
};

/// A message as the outbox keeps it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct Message {
    pub id: i64,
    /// `reminder` (a digest to a focal point) or `summary` (the monthly one to administrators).
    pub kind: String,
    pub user_id: Option<Uuid>,
    pub recipient: String,
    pub language: String,
    pub subject: String,
    pub body: String,
    pub created_at: DateTime<Utc>,
    pub next_attempt_at: DateTime<Utc>,
    pub attempts: i32,
    pub sent_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
}

/// A message to write.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = outbox)]
pub struct NewMessage<'a> {
    pub kind: &'a str,
    pub user_id: Option<Uuid>,
    pub recipient: &'a str,
    pub language: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub created_at: DateTime<Utc>,
    pub next_attempt_at: DateTime<Utc>,
}

/// One attempt to send a message.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox_attempts)]
pub struct Attempt {
    pub id: i64,
    pub message_id: i64,
    pub attempted_at: DateTime<Utc>,
    pub delivered: bool,
    /// The server's answer, or why there was none.
    pub detail: String,
}

/// Writes a message; its id.
pub async fn insert(conn: &mut Conn, message: &NewMessage<'_>) -> QueryResult<i64> {
    diesel::insert_into(outbox::table)
        .values(message)
        .returning(outbox::id)
        .get_result(conn)
        .await
}

/// Up to `limit` messages waiting whose next attempt is due at `now`, oldest first.
pub async fn due(conn: &mut Conn, now: DateTime<Utc>, limit: i64) -> QueryResult<Vec<Message>> {
    outbox::table
        .filter(outbox::sent_at.is_null())
        .filter(outbox::next_attempt_at.le(now))
        .order((outbox::next_attempt_at, outbox::id))
        .limit(limit)
        .select(Message::as_select())
        .load(conn)
        .await
}

/// Records an attempt: the message is sent (and what is kept of it becomes `sent_body`), or waits
/// until `retry_at`.
pub async fn attempted(
    conn: &mut Conn,
    id: i64,
    at: DateTime<Utc>,
    outcome: Result<String, String>,
    retry_at: DateTime<Utc>,
    sent_body: &str,
) -> QueryResult<()> {
    let (delivered, detail) = match &outcome {
        Ok(detail) => (true, detail.clone()),
        Err(detail) => (false, detail.clone()),
    };
    diesel::insert_into(outbox_attempts::table)
        .values((
            outbox_attempts::message_id.eq(id),
            outbox_attempts::attempted_at.eq(at),
            outbox_attempts::delivered.eq(delivered),
            outbox_attempts::detail.eq(&detail),
        ))
        .execute(conn)
        .await?;
    let target = outbox::table.find(id);
    if delivered {
        diesel::update(target)
            .set((
                outbox::attempts.eq(outbox::attempts + 1),
                outbox::sent_at.eq(at),
                outbox::body.eq(sent_body),
            ))
            .execute(conn)
            .await?;
    } else {
        diesel::update(target)
            .set((
                outbox::attempts.eq(outbox::attempts + 1),
                outbox::next_attempt_at.eq(retry_at),
                outbox::last_error.eq(detail),
            ))
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// Whether messages are to be listed waiting or sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Waiting,
    Sent,
}

/// A page of messages, newest first, before the id `before`.
pub async fn list(
    conn: &mut Conn,
    status: Option<Status>,
    before: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<Message>> {
    let mut query = outbox::table
        .order(outbox::id.desc())
        .limit(limit)
        .select(Message::as_select())
        .into_boxed();
    match status {
        Some(Status::Waiting) => query = query.filter(outbox::sent_at.is_null()),
        Some(Status::Sent) => query = query.filter(outbox::sent_at.is_not_null()),
        None => {}
    }
    if let Some(before) = before {
        query = query.filter(outbox::id.lt(before));
    }
    query.load(conn).await
}

pub async fn find(conn: &mut Conn, id: i64) -> QueryResult<Option<Message>> {
    outbox::table
        .find(id)
        .select(Message::as_select())
        .first(conn)
        .await
        .optional()
}

/// The attempts to send the messages `ids`, in order.
pub async fn attempts(conn: &mut Conn, ids: &[i64]) -> QueryResult<Vec<Attempt>> {
    outbox_attempts::table
        .filter(outbox_attempts::message_id.eq_any(ids))
        .order(outbox_attempts::id)
        .select(Attempt::as_select())
        .load(conn)
        .await
}

/// How many messages wait.
pub async fn waiting(conn: &mut Conn) -> QueryResult<i64> {
    outbox::table
        .filter(outbox::sent_at.is_null())
        .count()
        .get_result(conn)
        .await
}
