//! The change feed's answers, and the record each change carries as its reader may see it.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::auth::Caller;
use crate::domain::RecordKind;
use crate::domain::{visibility::authority_view, Authority};
use crate::error::ApiError;

/// One committed change.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChangeDto {
    /// Where this change is in the feed: pass it as `cursor` to read what came after it.
    pub cursor: String,
    /// `authority`, `legislation` or `case`.
    #[serde(rename = "type")]
    pub entity: String,
    pub id: Uuid,
    /// `upsert` (created or changed: `record` holds it) or `delete` (gone from the directory: a
    /// retired authority, a deleted law or case).
    pub operation: String,
    /// The record's version after this change.
    pub version: i64,
    pub changed_at: DateTime<Utc>,
    /// On `upsert`, the record as this version left it, as the caller may see it (the document
    /// `GET` returns, without what is computed from other records).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub record: Option<serde_json::Value>,
}

/// A page of the feed.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChangePage {
    pub items: Vec<ChangeDto>,
    /// Where to continue: the last item's cursor, or the cursor sent when there is nothing new yet.
    pub next_cursor: String,
}

/// A stored version document as `caller` may see it: authorities through the visibility rules,
/// legislation, case law and treaty participation (public throughout) as stored.
pub fn visible_document(
    entity: RecordKind,
    document: serde_json::Value,
    caller: &Caller,
    now: DateTime<Utc>,
) -> Result<serde_json::Value, ApiError> {
    match entity {
        RecordKind::Authority => {
            let authority: Authority = serde_json::from_value(document).map_err(|e| {
                ApiError::Internal(anyhow::anyhow!("stored authority version: {e}"))
            })?;
            serde_json::to_value(authority_view(
                &authority,
                caller.tier_for(&authority.country),
                now,
            ))
            .map_err(|e| ApiError::Internal(e.into()))
        }
        RecordKind::Legislation | RecordKind::Case | RecordKind::Treaty => Ok(document),
    }
}
