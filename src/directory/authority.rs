//! Authorities as a kind of record: the draft a body reads into, how it becomes the record, and
//! the checks that need the database.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::record::stamp_members;
use super::{Record, ReferenceCodes, Removal, Stamp};
use crate::db::{models, Conn};
use crate::domain::{
    Authority, AuthorityKind, AuthorityStatus, Contact, CountryCode, Designation, LanguageCode,
    RecordKind,
};
use crate::error::{ApiError, FieldError};

/// The parsed document, without what the server sets.
#[derive(Debug, Clone)]
pub struct Draft {
    pub country: Option<CountryCode>,
    pub names: BTreeMap<LanguageCode, String>,
    pub original_language: LanguageCode,
    pub acronym: Option<String>,
    pub kind: AuthorityKind,
    pub parent_id: Option<Uuid>,
    pub address: Option<String>,
    pub website: Option<String>,
    pub phones: Vec<String>,
    pub fax: Option<String>,
    pub emails: Vec<String>,
    pub office_hours: Option<String>,
    pub timezone: Option<String>,
    pub available_24_7: bool,
    pub designations: Vec<Designation>,
    pub contacts: Vec<Contact>,
}

/// The checks that need the database: competences exist, legal bases belong to their competence,
/// the parent exists in the same State and is not the record itself or one of its descendants.
async fn check_references(
    conn: &mut Conn,
    reference: &ReferenceCodes,
    record: &Authority,
) -> Result<Vec<FieldError>, ApiError> {
    let (id, country) = (record.id, &record.country);
    let mut errors = Vec::new();
    let competences = reference.competences();
    for (i, d) in record.designations.iter().enumerate() {
        let path = format!("designations[{i}]");
        match competences.get(d.competence.as_str()) {
            None => errors.push(FieldError::new(
                format!("{path}.competence"),
                format!("unknown competence code {}", d.competence),
            )),
            Some(citations) => {
                for (j, basis) in d.legal_bases.iter().enumerate() {
                    if !citations.contains(basis) {
                        let mut known: Vec<&String> = citations.iter().collect();
                        known.sort();
                        errors.push(FieldError::new(
                            format!("{path}.legal_bases[{j}]"),
                            format!(
                                "{basis:?} is not a legal basis of {}; known: {known:?}",
                                d.competence
                            ),
                        ));
                    }
                }
            }
        }
    }
    if let Some(parent) = record.parent_id {
        let mut cursor = Some(parent);
        let mut depth = 0;
        while let Some(current) = cursor {
            if current == id {
                errors.push(FieldError::new(
                    "parent_id",
                    "a record cannot be its own ancestor",
                ));
                break;
            }
            match models::authority::parent_of(conn, current).await? {
                Some((parent_country, next)) => {
                    if current == parent && parent_country != country.as_str() {
                        errors.push(FieldError::new(
                            "parent_id",
                            "the parent must belong to the same State",
                        ));
                        break;
                    }
                    cursor = next;
                }
                None => {
                    if current == parent {
                        errors.push(FieldError::new(
                            "parent_id",
                            format!("no authority has the id {parent}"),
                        ));
                    }
                    break;
                }
            }
            depth += 1;
            if depth > 50 {
                break;
            }
        }
    }
    Ok(errors)
}

impl Record for Authority {
    type Draft = Draft;
    const KIND: RecordKind = RecordKind::Authority;
    const NOUN: &'static str = "authority";
    const REMOVAL: Removal = Removal::Retire;

    stamp_members!();

    fn is_current(&self) -> bool {
        self.status == AuthorityStatus::Active
    }

    fn draft_country(draft: &Draft) -> Option<&CountryCode> {
        draft.country.as_ref()
    }

    /// A new authority is active and confirmed by its writer; a replaced one keeps its status,
    /// creation and confirmation.
    fn build(draft: Draft, stamp: Stamp, current: Option<&Authority>) -> Authority {
        let (status, created_at, last_confirmed_at, last_confirmed_by) = match current {
            Some(c) => (
                c.status,
                c.created_at,
                c.last_confirmed_at,
                c.last_confirmed_by.clone(),
            ),
            None => (
                AuthorityStatus::Active,
                stamp.created_at,
                Some(stamp.updated_at),
                Some(stamp.by.clone()),
            ),
        };
        Authority {
            id: stamp.id,
            country: stamp.country,
            names: draft.names,
            original_language: draft.original_language,
            acronym: draft.acronym,
            kind: draft.kind,
            parent_id: draft.parent_id,
            address: draft.address,
            website: draft.website,
            phones: draft.phones,
            fax: draft.fax,
            emails: draft.emails,
            office_hours: draft.office_hours,
            timezone: draft.timezone,
            available_24_7: draft.available_24_7,
            designations: draft.designations,
            contacts: draft.contacts,
            status,
            version: stamp.version,
            created_at,
            updated_at: stamp.updated_at,
            last_confirmed_at,
            last_confirmed_by,
        }
    }

    async fn check(
        conn: &mut Conn,
        reference: &ReferenceCodes,
        record: &Authority,
    ) -> Result<Vec<FieldError>, ApiError> {
        check_references(conn, reference, record).await
    }

    async fn find_many(conn: &mut Conn, ids: &[Uuid]) -> diesel::QueryResult<Vec<Authority>> {
        models::authority::find_many(conn, ids).await
    }

    async fn insert_many(conn: &mut Conn, all: &[Authority]) -> diesel::QueryResult<()> {
        models::authority::insert_many(conn, all).await
    }

    async fn replace(
        conn: &mut Conn,
        record: &Authority,
        scope: Option<&CountryCode>,
    ) -> diesel::QueryResult<bool> {
        models::authority::replace(conn, record, scope).await
    }

    fn retired(self) -> Result<Authority, ApiError> {
        if self.status == AuthorityStatus::Retired {
            return Err(ApiError::Conflict("the record is already retired".into()));
        }
        Ok(Authority {
            status: AuthorityStatus::Retired,
            ..self
        })
    }

    fn confirmed(self, at: DateTime<Utc>, by: &str) -> Result<Authority, ApiError> {
        if self.status == AuthorityStatus::Retired {
            return Err(ApiError::Conflict(
                "a retired record cannot be confirmed".into(),
            ));
        }
        Ok(Authority {
            last_confirmed_at: Some(at),
            last_confirmed_by: Some(by.to_owned()),
            ..self
        })
    }
}
