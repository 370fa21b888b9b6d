//! Cases as a kind of record: a decision, its parties and its charges.

use uuid::Uuid;

use super::record::stamp_members;
use super::{Record, ReferenceCodes, Removal, Stamp};
use crate::db::{models, Conn};
use crate::domain::{case::Case, CountryCode, RecordKind};
use crate::error::{ApiError, FieldError};

/// Everything the database must confirm: taxonomy codes and articles exist, counterpart States and
/// nationalities exist, provisions applied belong to the case's State, the reference is not taken.
async fn check_references(
    conn: &mut Conn,
    reference: &ReferenceCodes,
    case: &Case,
) -> Result<Vec<FieldError>, ApiError> {
    let mut errors = Vec::new();
    reference.check(
        "",
        &case.crime_types,
        &case.cross_cutting_issues,
        &case.articles,
        &mut errors,
    );
    for (i, country) in case.counterpart_countries.iter().enumerate() {
        if !reference.has_country(country.as_str()) {
            errors.push(FieldError::new(
                format!("counterpart_countries[{i}]"),
                format!("unknown country code {country}"),
            ));
        } else if *country == case.country {
            errors.push(FieldError::new(
                format!("counterpart_countries[{i}]"),
                format!("{country} is the State of the case itself, not a counterpart"),
            ));
        }
    }
    for (i, party) in case.parties.iter().enumerate() {
        if let Some(n) = &party.nationality {
            if !reference.has_country(n.as_str()) {
                errors.push(FieldError::new(
                    format!("parties[{i}].nationality"),
                    format!("unknown country code {n}"),
                ));
            }
        }
    }
    let ids: Vec<Uuid> = case.charges.iter().filter_map(|c| c.provision_id).collect();
    let owners = models::law::provision_owners(conn, &ids).await?;
    for (i, charge) in case.charges.iter().enumerate() {
        if let Some(id) = charge.provision_id {
            match owners.get(&id) {
                None => errors.push(FieldError::new(
                    format!("charges[{i}].provision_id"),
                    format!("no provision has the id {id}"),
                )),
                Some((_, country)) if country != case.country.as_str() => {
                    errors.push(FieldError::new(
                        format!("charges[{i}].provision_id"),
                        format!(
                            "the provision belongs to the law of {country}, not of {}",
                            case.country
                        ),
                    ))
                }
                Some(_) => {}
            }
        }
    }
    if models::case::reference_taken(conn, &case.reference, case.id).await? {
        errors.push(FieldError::new(
            "reference",
            "another case has this reference",
        ));
    }
    Ok(errors)
}

impl Record for Case {
    /// The case read from the body (its server-set members are placeholders), and the State the
    /// body named.
    type Draft = (Case, Option<CountryCode>);
    const KIND: RecordKind = RecordKind::Case;
    const NOUN: &'static str = "case";
    const REMOVAL: Removal = Removal::Delete;

    stamp_members!();

    fn draft_country(draft: &(Case, Option<CountryCode>)) -> Option<&CountryCode> {
        draft.1.as_ref()
    }

    fn build(
        (draft, _): (Case, Option<CountryCode>),
        stamp: Stamp,
        current: Option<&Case>,
    ) -> Case {
        Case {
            id: stamp.id,
            country: stamp.country,
            version: stamp.version,
            created_at: current.map_or(stamp.created_at, |c| c.created_at),
            updated_at: stamp.updated_at,
            ..draft
        }
        .normalize()
    }

    async fn check(
        conn: &mut Conn,
        reference: &ReferenceCodes,
        case: &Case,
    ) -> Result<Vec<FieldError>, ApiError> {
        check_references(conn, reference, case).await
    }

    async fn find_many(conn: &mut Conn, ids: &[Uuid]) -> diesel::QueryResult<Vec<Case>> {
        models::case::find_many(conn, ids).await
    }

    async fn insert_many(conn: &mut Conn, all: &[Case]) -> diesel::QueryResult<()> {
        models::case::insert_many(conn, all).await
    }

    async fn replace(
        conn: &mut Conn,
        case: &Case,
        scope: Option<&CountryCode>,
    ) -> diesel::QueryResult<bool> {
        models::case::replace(conn, case, scope).await
    }
}
