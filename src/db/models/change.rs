//! Writing the change log: one row per committed change, in the same transaction as the change.
//! Reading it as a feed comes with the partner feed and the search indexer.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use crate::db::{schema::change_log, Conn};

/// The kind of record a change is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// Appends a change; the transaction id and time are filled in by Postgres.
pub async fn record(
    conn: &mut Conn,
    entity: Entity,
    entity_id: Uuid,
    operation: Operation,
    version: i64,
    country: &str,
) -> QueryResult<()> {
    diesel::insert_into(change_log::table)
        .values((
            change_log::entity.eq(entity.as_str()),
            change_log::entity_id.eq(entity_id),
            change_log::operation.eq(operation.as_str()),
            change_log::version.eq(version),
            change_log::country.eq(country),
        ))
        .execute(conn)
        .await?;
    Ok(())
}
