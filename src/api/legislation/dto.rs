//! Legislation answers: the law with, for each provision, the cases that apply it.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::pagination::page_type;
use crate::db::{models, Conn};
use crate::domain::{
    legislation::{Law, LawStatus, LawType, Provision, Texts},
    CountryCode, LanguageCode,
};
use crate::error::ApiError;

/// A case that applies a provision.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CaseRef {
    pub id: Uuid,
    pub reference: String,
}

/// A provision with the cases whose charges apply it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProvisionView {
    #[serde(flatten)]
    pub provision: Provision,
    /// Cases applying this provision (see `GET /v1/cases/{id}`).
    pub cases: Vec<CaseRef>,
}

/// A law with its provisions.
#[derive(Debug, Serialize, ToSchema)]
pub struct LawView {
    pub id: Uuid,
    pub country: CountryCode,
    /// Title by language: in its own language and in English.
    #[schema(value_type = std::collections::BTreeMap<String, String>)]
    pub title: Texts,
    pub original_language: LanguageCode,
    #[serde(rename = "type")]
    pub law_type: LawType,
    pub enacted_on: Option<NaiveDate>,
    pub status: LawStatus,
    pub official_url: Option<String>,
    pub provisions: Vec<ProvisionView>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

page_type!(LawPage, LawView);

/// Builds the views of `laws`, looking up the cases that apply their provisions in one query.
pub async fn views(conn: &mut Conn, laws: Vec<Law>) -> Result<Vec<LawView>, ApiError> {
    let ids: Vec<Uuid> = laws
        .iter()
        .flat_map(|l| l.provisions.iter().map(|p| p.id))
        .collect();
    let mut applying: HashMap<Uuid, Vec<CaseRef>> = HashMap::new();
    for (provision, id, reference) in models::law::cases_applying(conn, &ids).await? {
        applying
            .entry(provision)
            .or_default()
            .push(CaseRef { id, reference });
    }
    Ok(laws
        .into_iter()
        .map(|law| LawView {
            provisions: law
                .provisions
                .into_iter()
                .map(|p| ProvisionView {
                    cases: applying.remove(&p.id).unwrap_or_default(),
                    provision: p,
                })
                .collect(),
            id: law.id,
            country: law.country,
            title: law.title,
            original_language: law.original_language,
            law_type: law.law_type,
            enacted_on: law.enacted_on,
            status: law.status,
            official_url: law.official_url,
            version: law.version,
            created_at: law.created_at,
            updated_at: law.updated_at,
        })
        .collect())
}
