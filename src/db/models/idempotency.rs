//! Idempotency keys of creates: the first answer, kept for the retries.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use crate::db::{schema::idempotency_keys, Conn};

/// What is known of a key.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = idempotency_keys)]
pub struct Stored {
    pub request_hash: Vec<u8>,
    pub status: Option<i32>,
    pub response: Option<serde_json::Value>,
}

/// Claims the key for this transaction; returns what an earlier request stored if it was already
/// claimed. A concurrent request with the same key waits here until the first one commits.
pub async fn claim(
    conn: &mut Conn,
    user_id: Uuid,
    key: &str,
    request_hash: &[u8],
) -> QueryResult<Option<Stored>> {
    let inserted = diesel::insert_into(idempotency_keys::table)
        .values((
            idempotency_keys::user_id.eq(user_id),
            idempotency_keys::key.eq(key),
            idempotency_keys::request_hash.eq(request_hash),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    if inserted == 1 {
        return Ok(None);
    }
    idempotency_keys::table
        .find((user_id, key))
        .select(Stored::as_select())
        .first(conn)
        .await
        .map(Some)
}

pub async fn complete(
    conn: &mut Conn,
    user_id: Uuid,
    key: &str,
    status: u16,
    response: &serde_json::Value,
) -> QueryResult<()> {
    diesel::update(idempotency_keys::table.find((user_id, key)))
        .set((
            idempotency_keys::status.eq(i32::from(status)),
            idempotency_keys::response.eq(response),
        ))
        .execute(conn)
        .await
        .map(drop)
}
