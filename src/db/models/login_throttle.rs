//! Counters of failed sign-ins, keyed by account or by client address.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use crate::db::{schema::login_throttle, Conn};

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = login_throttle, treat_none_as_null = true)]
pub struct Throttle {
    pub key: String,
    pub failures: i32,
    pub window_started_at: DateTime<Utc>,
    pub blocked_until: Option<DateTime<Utc>>,
}

pub async fn find(conn: &mut Conn, key: &str) -> QueryResult<Option<Throttle>> {
    login_throttle::table
        .find(key)
        .select(Throttle::as_select())
        .first(conn)
        .await
        .optional()
}

pub async fn save(conn: &mut Conn, row: &Throttle) -> QueryResult<()> {
    diesel::insert_into(login_throttle::table)
        .values(row)
        .on_conflict(login_throttle::key)
        .do_update()
        .set(row)
        .execute(conn)
        .await
        .map(drop)
}

pub async fn clear(conn: &mut Conn, key: &str) -> QueryResult<()> {
    diesel::delete(login_throttle::table.find(key))
        .execute(conn)
        .await
        .map(drop)
}
