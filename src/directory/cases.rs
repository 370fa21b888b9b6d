//! Writing case law.

use crate::domain::RecordKind;
use uuid::Uuid;

use super::{
    check_country, log_write, not_in_scope, out_of_scope, Logged, Precondition, WriteContext,
};
use crate::db::{models, models::change::Operation, Conn};
use crate::domain::{case::Case, CountryCode};
use crate::error::{ApiError, FieldError};

/// Everything the database must confirm: taxonomy codes and articles exist, counterpart States and
/// nationalities exist, provisions applied belong to the case's State, the reference is not taken.
async fn check_references(
    conn: &mut Conn,
    ctx: &WriteContext,
    case: &Case,
) -> Result<(), ApiError> {
    let reference = ctx.reference(conn).await?;
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
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Validation(errors))
    }
}

async fn log(
    conn: &mut Conn,
    ctx: &WriteContext,
    case: &Case,
    action: &str,
    operation: Operation,
) -> Result<(), ApiError> {
    log_write(
        conn,
        ctx,
        Logged {
            entity: RecordKind::Case,
            id: case.id,
            version: case.version,
            country: &case.country,
            action,
            operation,
            at: case.updated_at,
        },
        case,
    )
    .await
}

async fn lock_in_scope(conn: &mut Conn, ctx: &WriteContext, id: Uuid) -> Result<Case, ApiError> {
    match models::case::lock(conn, id, ctx.scope.country()).await? {
        Some(found) => Ok(found),
        None => Err(not_in_scope(
            models::case::exists(conn, id).await?,
            "case",
            id,
        )),
    }
}

/// Creates the case `id`; `draft` carries everything but the server's fields, which are set here.
pub async fn create(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    draft: Case,
    country: CountryCode,
) -> Result<Case, ApiError> {
    let case = prepare_create(conn, ctx, id, draft, country).await?;
    models::case::insert(conn, &case).await?;
    log(conn, ctx, &case, "create", Operation::Upsert).await?;
    Ok(case)
}

/// Checks and builds the new case `id` without writing it: [`create`] writes one, an import many
/// at once ([`super::NewRecords`]).
pub async fn prepare_create(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    draft: Case,
    country: CountryCode,
) -> Result<Case, ApiError> {
    check_country(conn, ctx, &country).await?;
    let now = super::write_time();
    let case = Case {
        id,
        country,
        version: 1,
        created_at: now,
        updated_at: now,
        ..draft
    }
    .normalize();
    check_references(conn, ctx, &case).await?;
    Ok(case)
}

/// `body_country` is the country the body named, if any: it must be the case's own.
pub async fn update(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    precondition: &Precondition,
    draft: Case,
    body_country: Option<CountryCode>,
) -> Result<Case, ApiError> {
    let current = lock_in_scope(conn, ctx, id).await?;
    if !precondition.holds(current.version) {
        return Err(ApiError::PreconditionFailed);
    }
    if body_country.as_ref().is_some_and(|c| *c != current.country) {
        return Err(ApiError::Validation(vec![FieldError::new(
            "country",
            format!(
                "a record cannot move to another State (it belongs to {})",
                current.country
            ),
        )]));
    }
    let case = Case {
        id,
        country: current.country,
        version: current.version + 1,
        created_at: current.created_at,
        updated_at: super::write_time(),
        ..draft
    }
    .normalize();
    check_references(conn, ctx, &case).await?;
    if !models::case::replace(conn, &case, ctx.scope.country()).await? {
        return Err(out_of_scope());
    }
    log(conn, ctx, &case, "update", Operation::Upsert).await?;
    Ok(case)
}

pub async fn delete(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    precondition: &Precondition,
) -> Result<Case, ApiError> {
    let current = lock_in_scope(conn, ctx, id).await?;
    if !precondition.holds(current.version) {
        return Err(ApiError::PreconditionFailed);
    }
    if !models::case::delete(conn, id, ctx.scope.country()).await? {
        return Err(out_of_scope());
    }
    let case = Case {
        version: current.version + 1,
        updated_at: super::write_time(),
        ..current
    };
    log(conn, ctx, &case, "delete", Operation::Delete).await?;
    Ok(case)
}
