//! Writing the change log: one row per committed change, in the same transaction as the change.
//! Reading it as a feed comes with the partner feed and the search indexer.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use crate::db::{schema::change_log, Conn};

/// The kind of record a change is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entity {
    Authority,
    Legislation,
    Case,
}

impl Entity {
    /// Every kind of record, in the order they are listed and rebuilt.
    pub const ALL: [Entity; 3] = [Entity::Authority, Entity::Legislation, Entity::Case];

    /// The kind named `name` (`authority`, `legislation` or `case`).
    pub fn parse(name: &str) -> Option<Entity> {
        Entity::ALL.into_iter().find(|e| e.as_str() == name)
    }

    /// The kinds a comma-separated list names (`authority,case`), in the order of [`Entity::ALL`],
    /// each once.
    pub fn parse_list(raw: &str) -> Result<Vec<Entity>, crate::domain::CodeError> {
        let mut named = Vec::new();
        for name in raw.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            named.push(Entity::parse(name).ok_or_else(|| {
                crate::domain::CodeError::new(format!(
                    "{name:?} is not a kind of record: authority, legislation or case"
                ))
            })?);
        }
        Ok(Entity::ALL
            .into_iter()
            .filter(|e| named.contains(e))
            .collect())
    }

    /// The table holding records of this kind.
    pub fn table(self) -> &'static str {
        match self {
            Entity::Authority => "authorities",
            Entity::Legislation => "laws",
            Entity::Case => "cases",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Authority => "authority",
            Entity::Legislation => "legislation",
            Entity::Case => "case",
        }
    }
}

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
    entity: Entity,
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
