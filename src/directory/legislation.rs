//! Laws as a kind of record: a law and its provisions as one document.

use std::collections::HashSet;

use uuid::Uuid;

use super::record::stamp_members;
use super::{Record, ReferenceCodes, Removal, Stamp};
use crate::db::{models, Conn};
use crate::domain::{
    legislation::{Law, LawStatus, LawType, Provision, Texts},
    CountryCode, LanguageCode, RecordKind,
};
use crate::error::{ApiError, FieldError};

/// A parsed law document, without what the server sets. Provisions without an id get a new one.
#[derive(Debug, Clone)]
pub struct LawDraft {
    pub country: Option<CountryCode>,
    pub title: Texts,
    pub original_language: LanguageCode,
    pub law_type: LawType,
    pub enacted_on: Option<chrono::NaiveDate>,
    pub status: LawStatus,
    pub official_url: Option<String>,
    pub provisions: Vec<(Option<Uuid>, Provision)>,
}

impl Record for Law {
    type Draft = LawDraft;
    const KIND: RecordKind = RecordKind::Legislation;
    const NOUN: &'static str = "law";
    const REMOVAL: Removal = Removal::Delete;

    stamp_members!();

    fn draft_country(draft: &LawDraft) -> Option<&CountryCode> {
        draft.country.as_ref()
    }

    /// Provisions without an id get a new one; those with one keep it (and the cases applying it).
    fn build(draft: LawDraft, stamp: Stamp, current: Option<&Law>) -> Law {
        Law {
            id: stamp.id,
            country: stamp.country,
            title: draft.title,
            original_language: draft.original_language,
            law_type: draft.law_type,
            enacted_on: draft.enacted_on,
            status: draft.status,
            official_url: draft.official_url,
            provisions: draft
                .provisions
                .into_iter()
                .map(|(id, p)| Provision {
                    id: id.unwrap_or_else(Uuid::new_v4),
                    ..p
                })
                .collect(),
            version: stamp.version,
            created_at: current.map_or(stamp.created_at, |c| c.created_at),
            updated_at: stamp.updated_at,
        }
        .normalize()
    }

    /// Taxonomy codes and articles must exist; provision ids must be listed once and not belong
    /// to another law.
    async fn check(
        conn: &mut Conn,
        reference: &ReferenceCodes,
        law: &Law,
    ) -> Result<Vec<FieldError>, ApiError> {
        let mut errors = Vec::new();
        for (i, p) in law.provisions.iter().enumerate() {
            reference.check(
                &format!("provisions[{i}]"),
                &p.crime_types,
                &p.cross_cutting_issues,
                &p.articles,
                &mut errors,
            );
        }
        let mut seen = HashSet::new();
        for (i, p) in law.provisions.iter().enumerate() {
            if !seen.insert(p.id) {
                errors.push(FieldError::new(
                    format!("provisions[{i}].id"),
                    "listed twice",
                ));
            }
        }
        let ids: Vec<Uuid> = law.provisions.iter().map(|p| p.id).collect();
        for foreign in models::law::provisions_of_other_laws(conn, law.id, &ids).await? {
            let i = law
                .provisions
                .iter()
                .position(|p| p.id == foreign)
                .unwrap_or_default();
            errors.push(FieldError::new(
                format!("provisions[{i}].id"),
                "is a provision of another law",
            ));
        }
        Ok(errors)
    }

    async fn find_many(conn: &mut Conn, ids: &[Uuid]) -> diesel::QueryResult<Vec<Law>> {
        models::law::find_many(conn, ids).await
    }

    async fn insert_many(conn: &mut Conn, all: &[Law]) -> diesel::QueryResult<()> {
        models::law::insert_many(conn, all).await
    }

    async fn replace(
        conn: &mut Conn,
        law: &Law,
        scope: Option<&CountryCode>,
    ) -> diesel::QueryResult<bool> {
        models::law::replace(conn, law, scope).await
    }
}
