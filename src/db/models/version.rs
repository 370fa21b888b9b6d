//! The history of every record: one row per committed version, holding the full (unfiltered)
//! document, who made the change and when. Written in the transaction of the change.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::change::Entity;
use crate::db::{schema::record_versions, Conn};

/// Who made a change: an account, or a tool such as `seed`.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: Option<Uuid>,
    pub name: String,
}

/// One stored version.
#[derive(Debug, Clone, Queryable)]
pub struct Version {
    pub version: i64,
    pub action: String,
    pub actor: String,
    pub recorded_at: DateTime<Utc>,
    pub document: serde_json::Value,
}

/// A version to keep: the full document of a record as one of its writes left it.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = record_versions)]
pub struct NewVersion<'a> {
    pub entity: &'static str,
    pub entity_id: Uuid,
    pub version: i64,
    pub action: &'a str,
    pub actor: &'a str,
    pub actor_id: Option<Uuid>,
    pub recorded_at: DateTime<Utc>,
    pub document: serde_json::Value,
}

/// Keeps `document` as version `version` of the record.
#[allow(clippy::too_many_arguments)]
pub async fn record<T: serde::Serialize>(
    conn: &mut Conn,
    entity: Entity,
    entity_id: Uuid,
    version: i64,
    action: &str,
    actor: &Actor,
    recorded_at: DateTime<Utc>,
    document: &T,
) -> QueryResult<()> {
    let new = NewVersion {
        entity: entity.as_str(),
        entity_id,
        version,
        action,
        actor: &actor.name,
        actor_id: actor.id,
        recorded_at,
        document: super::to_json(document)?,
    };
    record_many(conn, &[new]).await
}

/// Keeps several versions in as few statements as possible.
pub async fn record_many(conn: &mut Conn, versions: &[NewVersion<'_>]) -> QueryResult<()> {
    insert_rows!(conn, record_versions::table, versions);
    Ok(())
}

/// The versions of a record, oldest first, after `after` if given.
pub async fn list(
    conn: &mut Conn,
    entity: Entity,
    entity_id: Uuid,
    after: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<Version>> {
    let mut query = record_versions::table
        .filter(record_versions::entity.eq(entity.as_str()))
        .filter(record_versions::entity_id.eq(entity_id))
        .select((
            record_versions::version,
            record_versions::action,
            record_versions::actor,
            record_versions::recorded_at,
            record_versions::document,
        ))
        .order(record_versions::version)
        .limit(limit)
        .into_boxed();
    if let Some(after) = after {
        query = query.filter(record_versions::version.gt(after));
    }
    query.load(conn).await
}
