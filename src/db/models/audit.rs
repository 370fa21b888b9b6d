//! The audit trail: who did what to which record, in the transaction of the write.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use crate::db::{schema::audit_log, Conn};

/// One audited action.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = audit_log)]
pub struct AuditEntry<'a> {
    pub actor_id: Option<Uuid>,
    pub actor: &'a str,
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: Uuid,
    pub version: i64,
    pub request_id: Option<&'a str>,
    /// How the write reached the pipeline, when not by a direct request (`reminder`).
    pub via: Option<&'a str>,
}

pub async fn record(conn: &mut Conn, entry: &AuditEntry<'_>) -> QueryResult<()> {
    record_many(conn, std::slice::from_ref(entry)).await
}

/// Audits several actions in as few statements as possible.
pub async fn record_many(conn: &mut Conn, entries: &[AuditEntry<'_>]) -> QueryResult<()> {
    insert_rows!(conn, audit_log::table, entries);
    Ok(())
}
