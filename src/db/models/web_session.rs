//! Web application sessions, by the hash of their cookie's token. See `web::session`.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::user::User;
use crate::db::{
    schema::{users, web_sessions},
    Conn,
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = web_sessions)]
pub struct WebSession {
    pub id: Uuid,
    pub user_id: Uuid,
    pub token_hash: Vec<u8>,
    pub csrf_token: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

pub async fn insert(conn: &mut Conn, session: &WebSession) -> QueryResult<()> {
    diesel::insert_into(web_sessions::table)
        .values(session)
        .execute(conn)
        .await
        .map(drop)
}

/// The live session with this token hash and its account: not expired, not revoked, the account
/// active and not reset since the session began.
pub async fn find_live(
    conn: &mut Conn,
    hash: &[u8],
    now: DateTime<Utc>,
) -> QueryResult<Option<(WebSession, User)>> {
    web_sessions::table
        .inner_join(users::table)
        .filter(web_sessions::token_hash.eq(hash))
        .filter(web_sessions::revoked_at.is_null())
        .filter(web_sessions::expires_at.gt(now))
        .filter(users::active.eq(true))
        .filter(users::tokens_valid_after.le(web_sessions::created_at))
        .select((WebSession::as_select(), User::as_select()))
        .first(conn)
        .await
        .optional()
}

/// Ends the session with this token hash; true when there was one to end.
pub async fn revoke(conn: &mut Conn, hash: &[u8], now: DateTime<Utc>) -> QueryResult<bool> {
    diesel::update(
        web_sessions::table
            .filter(web_sessions::token_hash.eq(hash))
            .filter(web_sessions::revoked_at.is_null()),
    )
    .set(web_sessions::revoked_at.eq(now))
    .execute(conn)
    .await
    .map(|n| n > 0)
}

/// Forgets sessions that ended over a day ago.
pub async fn purge(conn: &mut Conn, now: DateTime<Utc>) -> QueryResult<usize> {
    let before = now - chrono::Duration::days(1);
    diesel::delete(
        web_sessions::table.filter(
            web_sessions::expires_at
                .lt(before)
                .or(web_sessions::revoked_at.lt(before)),
        ),
    )
    .execute(conn)
    .await
}
