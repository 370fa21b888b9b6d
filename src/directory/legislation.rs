//! Writing legislation: a law and its provisions as one document.

use crate::domain::RecordKind;
use std::collections::HashSet;

use uuid::Uuid;

use super::{
    check_country, log_write, not_in_scope, out_of_scope, Logged, Precondition, WriteContext,
};
use crate::db::{models, models::change::Operation, Conn};
use crate::domain::{
    legislation::{Law, LawStatus, LawType, Provision, Texts},
    CountryCode, LanguageCode,
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

/// Taxonomy codes and articles must exist; provision ids must not belong to another law.
async fn check_references(
    conn: &mut Conn,
    ctx: &WriteContext,
    law_id: Uuid,
    draft: &LawDraft,
) -> Result<(), ApiError> {
    let reference = ctx.reference(conn).await?;
    let mut errors = Vec::new();
    for (i, (_, p)) in draft.provisions.iter().enumerate() {
        reference.check(
            &format!("provisions[{i}]"),
            &p.crime_types,
            &p.cross_cutting_issues,
            &p.articles,
            &mut errors,
        );
    }
    let ids: Vec<Uuid> = draft.provisions.iter().filter_map(|(id, _)| *id).collect();
    let mut seen = HashSet::new();
    for (i, (id, _)) in draft.provisions.iter().enumerate() {
        if let Some(id) = id {
            if !seen.insert(*id) {
                errors.push(FieldError::new(
                    format!("provisions[{i}].id"),
                    "listed twice",
                ));
            }
        }
    }
    for foreign in models::law::provisions_of_other_laws(conn, law_id, &ids).await? {
        let i = draft
            .provisions
            .iter()
            .position(|(id, _)| *id == Some(foreign))
            .unwrap_or_default();
        errors.push(FieldError::new(
            format!("provisions[{i}].id"),
            "is a provision of another law",
        ));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Validation(errors))
    }
}

fn build(draft: LawDraft, base: Law) -> Law {
    Law {
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
        ..base
    }
    .normalize()
}

async fn log(
    conn: &mut Conn,
    ctx: &WriteContext,
    law: &Law,
    action: &str,
    operation: Operation,
) -> Result<(), ApiError> {
    log_write(
        conn,
        ctx,
        Logged {
            entity: RecordKind::Legislation,
            id: law.id,
            version: law.version,
            country: &law.country,
            action,
            operation,
            at: law.updated_at,
        },
        law,
    )
    .await
}

async fn lock_in_scope(conn: &mut Conn, ctx: &WriteContext, id: Uuid) -> Result<Law, ApiError> {
    match models::law::lock(conn, id, ctx.scope.country()).await? {
        Some(found) => Ok(found),
        None => Err(not_in_scope(
            models::law::exists(conn, id).await?,
            "law",
            id,
        )),
    }
}

/// Creates the law `id` of `country` (checked here against the caller's scope).
pub async fn create(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    draft: LawDraft,
    country: CountryCode,
) -> Result<Law, ApiError> {
    let law = prepare_create(conn, ctx, id, draft, country).await?;
    models::law::insert(conn, &law).await?;
    log(conn, ctx, &law, "create", Operation::Upsert).await?;
    Ok(law)
}

/// Checks and builds the new law `id` without writing it: [`create`] writes one, an import many at
/// once ([`super::NewRecords`]).
pub async fn prepare_create(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    draft: LawDraft,
    country: CountryCode,
) -> Result<Law, ApiError> {
    check_country(conn, ctx, &country).await?;
    check_references(conn, ctx, id, &draft).await?;
    let now = super::write_time();
    let base = Law {
        id,
        country,
        title: Texts::new(),
        original_language: draft.original_language.clone(),
        law_type: draft.law_type,
        enacted_on: None,
        status: draft.status,
        official_url: None,
        provisions: Vec::new(),
        version: 1,
        created_at: now,
        updated_at: now,
    };
    Ok(build(draft, base))
}

pub async fn update(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    precondition: &Precondition,
    draft: LawDraft,
) -> Result<Law, ApiError> {
    let current = lock_in_scope(conn, ctx, id).await?;
    if !precondition.holds(current.version) {
        return Err(ApiError::PreconditionFailed);
    }
    if draft
        .country
        .as_ref()
        .is_some_and(|c| *c != current.country)
    {
        return Err(ApiError::Validation(vec![FieldError::new(
            "country",
            format!(
                "a record cannot move to another State (it belongs to {})",
                current.country
            ),
        )]));
    }
    check_references(conn, ctx, id, &draft).await?;
    let base = Law {
        version: current.version + 1,
        updated_at: super::write_time(),
        ..current
    };
    let law = build(draft, base);
    if !models::law::replace(conn, &law, ctx.scope.country()).await? {
        return Err(out_of_scope());
    }
    log(conn, ctx, &law, "update", Operation::Upsert).await?;
    Ok(law)
}

/// Deletes a law: it is gone from reads, its history stays, the change log records the deletion, and
/// charges that applied its provisions keep their text without the link.
pub async fn delete(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    precondition: &Precondition,
) -> Result<Law, ApiError> {
    let current = lock_in_scope(conn, ctx, id).await?;
    if !precondition.holds(current.version) {
        return Err(ApiError::PreconditionFailed);
    }
    if !models::law::delete(conn, id, ctx.scope.country()).await? {
        return Err(out_of_scope());
    }
    let law = Law {
        version: current.version + 1,
        updated_at: super::write_time(),
        ..current
    };
    log(conn, ctx, &law, "delete", Operation::Delete).await?;
    Ok(law)
}
