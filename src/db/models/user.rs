//! Accounts.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use crate::db::{schema::users, Conn};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: Uuid,
    pub email: String,
    pub password_hash: String,
    pub role: String,
    pub country: Option<String>,
    pub active: bool,
    pub tokens_valid_after: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// One of the six interface languages: the language of the messages sent to the account.
    pub language: String,
    /// Whether the account's reminders are paused.
    pub reminders_paused: bool,
}

pub async fn insert(conn: &mut Conn, user: &User) -> QueryResult<()> {
    diesel::insert_into(users::table)
        .values(user)
        .execute(conn)
        .await
        .map(drop)
}

pub async fn find(conn: &mut Conn, id: Uuid) -> QueryResult<Option<User>> {
    users::table
        .find(id)
        .select(User::as_select())
        .first(conn)
        .await
        .optional()
}

/// The account with this e-mail address (stored, like the argument, in its one normalized form).
pub async fn find_by_email(
    conn: &mut Conn,
    email: &crate::domain::AccountEmail,
) -> QueryResult<Option<User>> {
    users::table
        .filter(users::email.eq(email.as_str()))
        .select(User::as_select())
        .first(conn)
        .await
        .optional()
}

/// One page of accounts ordered by id.
pub async fn list(conn: &mut Conn, after: Option<Uuid>, limit: i64) -> QueryResult<Vec<User>> {
    let mut query = users::table
        .select(User::as_select())
        .order(users::id)
        .limit(limit)
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(users::id.gt(after));
    }
    query.load(conn).await
}

/// Disables an account; its tokens stop working at once.
pub async fn disable(conn: &mut Conn, id: Uuid, now: DateTime<Utc>) -> QueryResult<bool> {
    diesel::update(users::table.find(id))
        .set((
            users::active.eq(false),
            users::tokens_valid_after.eq(now),
            users::updated_at.eq(now),
        ))
        .execute(conn)
        .await
        .map(|n| n == 1)
}

/// Replaces the password; tokens issued before now stop working.
pub async fn set_password(
    conn: &mut Conn,
    id: Uuid,
    hash: &str,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::update(users::table.find(id))
        .set((
            users::password_hash.eq(hash),
            users::tokens_valid_after.eq(now),
            users::updated_at.eq(now),
        ))
        .execute(conn)
        .await
        .map(|n| n == 1)
}

/// Sets what an account prefers; false when there is no such account.
pub async fn set_preferences(
    conn: &mut Conn,
    id: Uuid,
    language: &str,
    reminders_paused: bool,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    diesel::update(users::table.find(id))
        .set((
            users::language.eq(language),
            users::reminders_paused.eq(reminders_paused),
            users::updated_at.eq(now),
        ))
        .execute(conn)
        .await
        .map(|n| n == 1)
}
