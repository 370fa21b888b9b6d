//! Partner portals' API clients. Keys are looked up by their SHA-256 hash; see `auth::partner_key`.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use crate::db::{schema::partner_clients, Conn};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = partner_clients)]
pub struct PartnerClient {
    pub id: Uuid,
    pub name: String,
    /// `public` or `restricted`.
    pub tier: String,
    pub key_prefix: String,
    pub key_hash: Vec<u8>,
    pub created_at: DateTime<Utc>,
    pub created_by: String,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl PartnerClient {
    pub fn restricted(&self) -> bool {
        self.tier == "restricted"
    }
}

pub async fn insert(conn: &mut Conn, client: &PartnerClient) -> QueryResult<()> {
    diesel::insert_into(partner_clients::table)
        .values(client)
        .execute(conn)
        .await
        .map(drop)
}

pub async fn find(conn: &mut Conn, id: Uuid) -> QueryResult<Option<PartnerClient>> {
    partner_clients::table
        .find(id)
        .select(PartnerClient::as_select())
        .first(conn)
        .await
        .optional()
}

/// The client whose key has this hash, unless revoked.
pub async fn find_active_by_hash(
    conn: &mut Conn,
    hash: &[u8],
) -> QueryResult<Option<PartnerClient>> {
    partner_clients::table
        .filter(partner_clients::key_hash.eq(hash))
        .filter(partner_clients::revoked_at.is_null())
        .select(PartnerClient::as_select())
        .first(conn)
        .await
        .optional()
}

/// Clients ordered by id, after `after`.
pub async fn list(
    conn: &mut Conn,
    after: Option<Uuid>,
    limit: i64,
) -> QueryResult<Vec<PartnerClient>> {
    let mut query = partner_clients::table
        .select(PartnerClient::as_select())
        .order(partner_clients::id)
        .limit(limit)
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(partner_clients::id.gt(after));
    }
    query.load(conn).await
}

/// Revokes a client's key (a second revocation keeps the first one's time); false when no client
/// has the id.
pub async fn revoke(conn: &mut Conn, id: Uuid, now: DateTime<Utc>) -> QueryResult<bool> {
    diesel::update(
        partner_clients::table
            .find(id)
            .filter(partner_clients::revoked_at.is_null()),
    )
    .set(partner_clients::revoked_at.eq(now))
    .execute(conn)
    .await?;
    Ok(find(conn, id).await?.is_some())
}

/// Records a use of the client's key, at most once a minute.
pub async fn touch(conn: &mut Conn, id: Uuid, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::update(
        partner_clients::table.find(id).filter(
            partner_clients::last_used_at
                .is_null()
                .or(partner_clients::last_used_at.lt(now - chrono::Duration::minutes(1))),
        ),
    )
    .set(partner_clients::last_used_at.eq(now))
    .execute(conn)
    .await
    .map(drop)
}
