//! Case answers: the decision with, for each charge that applies a provision in the database, where
//! that provision is.

use std::collections::HashMap;

use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::pagination::page_type;
use crate::db::{models, Conn};
use crate::domain::{case::Case, legislation, LanguageCode};
use crate::error::ApiError;

/// A provision applied by the case, with its law.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProvisionRef {
    pub provision_id: Uuid,
    /// The provision's number in its law.
    pub number: String,
    /// See `GET /v1/legislation/{id}`.
    pub law_id: Uuid,
    /// The law's title (English if given).
    pub law_title: String,
}

/// A case with the provisions it applies.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseView {
    #[serde(flatten)]
    pub case: Case,
    /// The provisions its charges apply that are in the legislation database.
    pub provisions_applied: Vec<ProvisionRef>,
}

page_type!(CasePage, CaseView);

/// Builds the views of `cases`, resolving the provisions applied in one query.
pub async fn views(conn: &mut Conn, cases: Vec<Case>) -> Result<Vec<CaseView>, ApiError> {
    let ids: Vec<Uuid> = cases
        .iter()
        .flat_map(|c| c.charges.iter().filter_map(|ch| ch.provision_id))
        .collect();
    let mut refs: HashMap<Uuid, ProvisionRef> = HashMap::new();
    for r in models::law::provision_refs(conn, &ids).await? {
        let title: legislation::Texts =
            serde_json::from_value(r.law_title).map_err(|e| ApiError::Internal(e.into()))?;
        let original =
            LanguageCode::parse(&r.original_language).map_err(|e| ApiError::Internal(e.into()))?;
        refs.insert(
            r.provision_id,
            ProvisionRef {
                provision_id: r.provision_id,
                number: r.number,
                law_id: r.law_id,
                law_title: legislation::display(&title, &original).to_owned(),
            },
        );
    }
    Ok(cases
        .into_iter()
        .map(|case| {
            let mut applied: Vec<ProvisionRef> = Vec::new();
            for id in case.charges.iter().filter_map(|c| c.provision_id) {
                if let Some(r) = refs.get(&id) {
                    if !applied.iter().any(|a| a.provision_id == id) {
                        applied.push(r.clone());
                    }
                }
            }
            CaseView {
                case,
                provisions_applied: applied,
            }
        })
        .collect())
}
