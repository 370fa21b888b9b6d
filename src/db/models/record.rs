//! What is the same for every kind of record's table: whether an id exists, locking a row for a
//! write within a State, deleting it within a State. Each table is named by its kind
//! ([`RecordKind::table`]), never by input.

use diesel::sql_types::{Nullable, Text, Uuid as SqlUuid};
use diesel::QueryResult;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::{Found, IdRow};
use crate::db::Conn;
use crate::domain::{CountryCode, RecordKind};

/// Whether a record of `kind` has the id, in any State.
pub async fn exists(conn: &mut Conn, kind: RecordKind, id: Uuid) -> QueryResult<bool> {
    let row: Found = diesel::sql_query(format!(
        "SELECT EXISTS (SELECT 1 FROM {} WHERE id = $1) AS found",
        kind.table()
    ))
    .bind::<SqlUuid, _>(id)
    .get_result(conn)
    .await?;
    Ok(row.found)
}

/// Locks the record for the rest of the transaction, within `scope` (a State) when given: a record
/// outside the scope is neither locked nor reported, so a focal point's write cannot reach another
/// State's record. True when it was locked.
pub async fn lock(
    conn: &mut Conn,
    kind: RecordKind,
    id: Uuid,
    scope: Option<&CountryCode>,
) -> QueryResult<bool> {
    let rows: Vec<IdRow> = diesel::sql_query(format!(
        "SELECT id FROM {} WHERE id = $1 AND ($2::text IS NULL OR country = $2) FOR UPDATE",
        kind.table()
    ))
    .bind::<SqlUuid, _>(id)
    .bind::<Nullable<Text>, _>(scope.map(CountryCode::as_str))
    .load(conn)
    .await?;
    Ok(!rows.is_empty())
}

/// Deletes the record (its children go with it), within `scope` when given. True when deleted.
pub async fn delete(
    conn: &mut Conn,
    kind: RecordKind,
    id: Uuid,
    scope: Option<&CountryCode>,
) -> QueryResult<bool> {
    let deleted = diesel::sql_query(format!(
        "DELETE FROM {} WHERE id = $1 AND ($2::text IS NULL OR country = $2)",
        kind.table()
    ))
    .bind::<SqlUuid, _>(id)
    .bind::<Nullable<Text>, _>(scope.map(CountryCode::as_str))
    .execute(conn)
    .await?;
    Ok(deleted == 1)
}
