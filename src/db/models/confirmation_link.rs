//! One-click confirmation links, stored by the hash of their token.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use crate::db::{schema::confirmation_links, Conn};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = confirmation_links)]
pub struct ConfirmationLink {
    pub token_hash: Vec<u8>,
    pub user_id: Uuid,
    pub entity: String,
    pub entity_id: Uuid,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
}

pub async fn insert(conn: &mut Conn, link: &ConfirmationLink) -> QueryResult<()> {
    diesel::insert_into(confirmation_links::table)
        .values(link)
        .execute(conn)
        .await
        .map(drop)
}

/// The link with this token hash; locked until the end of the transaction with `for_update`.
pub async fn find(
    conn: &mut Conn,
    token_hash: &[u8],
    for_update: bool,
) -> QueryResult<Option<ConfirmationLink>> {
    let query = confirmation_links::table
        .find(token_hash.to_vec())
        .select(ConfirmationLink::as_select());
    if for_update {
        query.for_update().first(conn).await.optional()
    } else {
        query.first(conn).await.optional()
    }
}

/// Spends a link: false when it was already spent.
pub async fn spend(conn: &mut Conn, token_hash: &[u8], at: DateTime<Utc>) -> QueryResult<bool> {
    diesel::update(
        confirmation_links::table
            .find(token_hash.to_vec())
            .filter(confirmation_links::used_at.is_null()),
    )
    .set(confirmation_links::used_at.eq(at))
    .execute(conn)
    .await
    .map(|n| n == 1)
}
