//! Writing the change log: one row per committed change, in the same transaction as the change.
//! Reading it as a feed comes with the partner feed and the search indexer.

use crate::domain::RecordKind;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use crate::db::{schema::change_log, Conn};

/// What happened to the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Upsert,
    Delete,
}

impl Operation {
    pub fn as_str(self) -> &'static str {
        match self {
            Operation::Upsert => "upsert",
            Operation::Delete => "delete",
        }
    }
}

/// A change to append; the transaction id and time are filled in by Postgres.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = change_log)]
pub struct NewChange<'a> {
    pub entity: &'static str,
    pub entity_id: Uuid,
    pub operation: &'static str,
    pub version: i64,
    pub country: &'a str,
}

/// Appends a change.
pub async fn record(
    conn: &mut Conn,
    entity: RecordKind,
    entity_id: Uuid,
    operation: Operation,
    version: i64,
    country: &str,
) -> QueryResult<()> {
    let new = NewChange {
        entity: entity.as_str(),
        entity_id,
        operation: operation.as_str(),
        version,
        country,
    };
    record_many(conn, &[new]).await
}

/// Appends several changes, in this order, in as few statements as possible.
pub async fn record_many(conn: &mut Conn, changes: &[NewChange<'_>]) -> QueryResult<()> {
    insert_rows!(conn, change_log::table, changes);
    Ok(())
}
