//! The history of every record: one row per committed version, holding the full (unfiltered)
//! document, who made the change and when. Written in the transaction of the change.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use crate::db::{schema::record_versions, Conn};
use crate::domain::RecordKind;

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
    entity: RecordKind,
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
    entity: RecordKind,
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

/// The documents of these versions, by `(entity, id, version)`, in one query. A version that was
/// never kept is absent.
pub async fn documents(
    conn: &mut Conn,
    keys: &[(RecordKind, Uuid, i64)],
) -> QueryResult<std::collections::HashMap<(RecordKind, Uuid, i64), serde_json::Value>> {
    use diesel::sql_types::{Array, BigInt, Jsonb, Text, Uuid as SqlUuid};
    #[derive(QueryableByName)]
    struct Row {
        #[diesel(sql_type = Text)]
        entity: String,
        #[diesel(sql_type = SqlUuid)]
        entity_id: Uuid,
        #[diesel(sql_type = BigInt)]
        version: i64,
        #[diesel(sql_type = Jsonb)]
        document: serde_json::Value,
    }
    if keys.is_empty() {
        return Ok(Default::default());
    }
    let entities: Vec<&str> = keys.iter().map(|k| k.0.as_str()).collect();
    let ids: Vec<Uuid> = keys.iter().map(|k| k.1).collect();
    let versions: Vec<i64> = keys.iter().map(|k| k.2).collect();
    let rows: Vec<Row> = diesel::sql_query(
        "SELECT v.entity, v.entity_id, v.version, v.document
           FROM unnest($1::text[], $2::uuid[], $3::bigint[]) AS k(entity, entity_id, version)
           JOIN record_versions v
             ON v.entity = k.entity AND v.entity_id = k.entity_id AND v.version = k.version",
    )
    .bind::<Array<Text>, _>(&entities)
    .bind::<Array<SqlUuid>, _>(&ids)
    .bind::<Array<BigInt>, _>(&versions)
    .load(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            let entity = RecordKind::parse(&r.entity).ok_or_else(|| {
                super::corrupt("record version", format!("entity {:?}", r.entity))
            })?;
            Ok(((entity, r.entity_id, r.version), r.document))
        })
        .collect()
}
