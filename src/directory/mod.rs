//! The write pipeline of every record (spec section 3), one mechanism for every kind: a kind is a
//! [`Record`] (authorities in [`authority`], laws in [`legislation`], cases in [`cases`], treaty
//! participation in [`treaty`]), and
//! [`create`], [`replace`], [`remove`] and [`confirm`] authorize, validate (every problem at once),
//! then in the caller's transaction write the record, its version snapshot, its change-log row and
//! an audit entry, all or nothing. Every write is limited to the caller's scope in the queries
//! themselves (`lock`, `replace` and `delete` take the scope), not only by a check before them.
//! The API, the import and the seed all write through here.

pub mod authority;
pub mod cases;
pub mod input;
pub mod legislation;
mod record;
mod reference;
pub mod treaty;

use std::sync::Arc;

use chrono::Utc;
use uuid::Uuid;

pub use authority::Draft;
pub use input::Drafted;
pub use record::{Record, Removal, Stamp};
pub use reference::ReferenceCodes;

use crate::auth::WriteScope;
use crate::clock::Clock;
use crate::db::{
    models::{self, audit::AuditEntry, change::Operation, version::Actor},
    Conn,
};
use crate::domain::CountryCode;
use crate::error::{ApiError, FieldError};

/// Who writes, within which scope, for which request.
#[derive(Debug, Clone)]
pub struct WriteContext {
    pub actor: Actor,
    pub scope: WriteScope,
    pub request_id: Option<String>,
    /// Reference codes loaded once for a run of writes (an import); `None` loads them per write.
    pub reference: Option<Arc<ReferenceCodes>>,
    /// The clock whose time the writes record.
    pub clock: Clock,
    /// How the writes reached the pipeline, when not by a direct request: `reminder` for a
    /// reminder's confirmation link. Kept in the audit trail.
    pub via: Option<&'static str>,
}

impl WriteContext {
    /// The reference codes to check a write against.
    pub(crate) async fn reference(&self, conn: &mut Conn) -> Result<Arc<ReferenceCodes>, ApiError> {
        match &self.reference {
            Some(reference) => Ok(Arc::clone(reference)),
            None => Ok(Arc::new(ReferenceCodes::load(conn).await?)),
        }
    }

    /// The State a new record belongs to: the one the body names, or a focal point's own; an
    /// administrator must name it. Whether the caller may write there is checked by the write.
    pub fn country_for(&self, named: Option<&CountryCode>) -> Result<CountryCode, FieldError> {
        match (named, self.scope.country()) {
            (Some(country), _) => Ok(country.clone()),
            (None, Some(own)) => Ok(own.clone()),
            (None, None) => Err(FieldError::new(
                "country",
                "name the State the record belongs to",
            )),
        }
    }

    fn stamp(&self, id: Uuid, country: CountryCode, version: i64) -> Stamp {
        let now = self.clock.write_time();
        Stamp {
            id,
            country,
            version,
            created_at: now,
            updated_at: now,
            by: self.actor.name.clone(),
        }
    }
}

/// 403 for a record of another State than the caller's.
pub(crate) fn out_of_scope() -> ApiError {
    ApiError::Forbidden("focal points change their own State's records only".into())
}

/// 403 for a focal point writing a kind only administrators write.
fn refuse_kind<R: Record>(ctx: &WriteContext) -> Result<(), ApiError> {
    if R::ADMINISTRATORS_ONLY && ctx.scope.country().is_some() {
        return Err(ApiError::Forbidden(format!(
            "only administrators write {} records",
            R::NOUN
        )));
    }
    Ok(())
}

/// What `If-Match` asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Precondition {
    /// `*`: any current version.
    Any,
    /// One of these versions.
    Versions(Vec<i64>),
}

impl Precondition {
    pub fn holds(&self, version: i64) -> bool {
        match self {
            Precondition::Any => true,
            Precondition::Versions(versions) => versions.contains(&version),
        }
    }
}

/// 422 with every problem, if there is any.
fn refuse(errors: Vec<FieldError>) -> Result<(), ApiError> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Validation(errors))
    }
}

/// Checks and builds the new record `id` without writing it: [`create`] writes one, an import many
/// at once ([`create_many`]). The State is the draft's, or a focal point's own; a focal point naming
/// another State is a 403, before anything else is looked at.
pub async fn prepare_create<R: Record>(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    drafted: Drafted<R::Draft>,
) -> Result<R, ApiError> {
    refuse_kind::<R>(ctx)?;
    let Drafted { draft, mut errors } = drafted;
    let country = match ctx.country_for(R::draft_country(&draft)) {
        Ok(country) => country,
        Err(missing) => {
            errors = input::shape::merge(errors, vec![missing]);
            CountryCode::placeholder()
        }
    };
    if !ctx.scope.allows(&country) {
        return Err(ApiError::Forbidden(
            "focal points create records for their own State only".into(),
        ));
    }
    let reference = ctx.reference(conn).await?;
    if !reference.has_country(country.as_str()) && !errors.iter().any(|e| e.field == "country") {
        errors.push(FieldError::new(
            "country",
            format!("unknown country code {country}"),
        ));
    }
    let record = R::build(draft, ctx.stamp(id, country, 1), None);
    let found = R::check(conn, &reference, &record).await?;
    refuse(input::shape::merge(errors, found))?;
    Ok(record)
}

/// Creates the record `id` from a draft, in the caller's transaction.
pub async fn create<R: Record>(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    drafted: Drafted<R::Draft>,
) -> Result<R, ApiError> {
    let record = prepare_create::<R>(conn, ctx, id, drafted).await?;
    create_many(conn, ctx, std::slice::from_ref(&record)).await?;
    Ok(record)
}

/// Writes records checked by [`prepare_create`], each with its version, change-log row and audit
/// entry, in a few statements for all of them: a bulk import writes hundreds at once.
pub async fn create_many<R: Record>(
    conn: &mut Conn,
    ctx: &WriteContext,
    records: &[R],
) -> Result<(), ApiError> {
    R::insert_many(conn, records).await?;
    let mut writes = Vec::with_capacity(records.len());
    for record in records {
        let operation = if record.is_current() {
            Operation::Upsert
        } else {
            Operation::Delete
        };
        writes.push((
            logged(record, "create", operation),
            models::to_json(record)?,
        ));
    }
    log_writes(conn, ctx, writes).await
}

/// The record within scope, locked; 404 when no record has the id, 403 when it belongs to another
/// State than the caller's.
async fn lock_in_scope<R: Record>(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
) -> Result<R, ApiError> {
    refuse_kind::<R>(ctx)?;
    let scope = ctx.scope.country();
    if models::record::lock(conn, R::KIND, id, scope).await? {
        if let Some(found) = R::find_many(conn, &[id]).await?.pop() {
            return Ok(found);
        }
    }
    if models::record::exists(conn, R::KIND, id).await? {
        Err(out_of_scope())
    } else {
        Err(ApiError::NotFound(format!(
            "no {} has the id {id}",
            R::NOUN
        )))
    }
}

/// The current record, locked, when `precondition` holds for it (412 otherwise).
async fn current<R: Record>(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    precondition: Option<&Precondition>,
) -> Result<R, ApiError> {
    let current: R = lock_in_scope(conn, ctx, id).await?;
    if precondition.is_some_and(|p| !p.holds(current.version())) {
        return Err(ApiError::PreconditionFailed);
    }
    Ok(current)
}

/// Replaces a record's document. Its State cannot change.
pub async fn replace<R: Record>(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    precondition: &Precondition,
    drafted: Drafted<R::Draft>,
) -> Result<R, ApiError> {
    let current: R = current(conn, ctx, id, Some(precondition)).await?;
    let Drafted { draft, mut errors } = drafted;
    if R::draft_country(&draft).is_some_and(|c| c != current.country()) {
        errors.push(FieldError::new(
            "country",
            format!(
                "a record cannot move to another State (it belongs to {})",
                current.country()
            ),
        ));
    }
    let stamp = ctx.stamp(id, current.country().clone(), current.version() + 1);
    let record = R::build(draft, stamp, Some(&current));
    let reference = ctx.reference(conn).await?;
    let found = R::check(conn, &reference, &record).await?;
    refuse(input::shape::merge(errors, found))?;
    write_next(conn, ctx, &record, "update", Operation::Upsert).await?;
    Ok(record)
}

/// Takes a record out of the directory: retired (it leaves the default listing and stays readable)
/// or deleted, as its kind does. The change log reports a deletion either way; the history stays.
pub async fn remove<R: Record>(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    precondition: &Precondition,
) -> Result<R, ApiError> {
    let current: R = current(conn, ctx, id, Some(precondition)).await?;
    let next_version = current.version() + 1;
    match R::REMOVAL {
        Removal::Retire => {
            let mut record = current.retired()?;
            record.restamp(next_version, ctx.clock.write_time());
            write_next(conn, ctx, &record, "retire", Operation::Delete).await?;
            Ok(record)
        }
        Removal::Delete => {
            if !models::record::delete(conn, R::KIND, id, ctx.scope.country()).await? {
                return Err(out_of_scope());
            }
            let mut record = current;
            record.restamp(next_version, ctx.clock.write_time());
            log_one(conn, ctx, &record, "delete", Operation::Delete).await?;
            Ok(record)
        }
    }
}

/// Confirms that a record is still correct as of now (`If-Match` optional).
pub async fn confirm<R: Record>(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    precondition: Option<&Precondition>,
) -> Result<R, ApiError> {
    let current: R = current(conn, ctx, id, precondition).await?;
    let next_version = current.version() + 1;
    let now = ctx.clock.write_time();
    let mut record = current.confirmed(now, &ctx.actor.name)?;
    record.restamp(next_version, now);
    write_next(conn, ctx, &record, "confirm", Operation::Upsert).await?;
    Ok(record)
}

/// Stores the next state of an existing record and logs it.
async fn write_next<R: Record>(
    conn: &mut Conn,
    ctx: &WriteContext,
    record: &R,
    action: &'static str,
    operation: Operation,
) -> Result<(), ApiError> {
    if !R::replace(conn, record, ctx.scope.country()).await? {
        return Err(out_of_scope());
    }
    log_one(conn, ctx, record, action, operation).await
}

/// [`log_writes`] for one record.
async fn log_one<R: Record>(
    conn: &mut Conn,
    ctx: &WriteContext,
    record: &R,
    action: &'static str,
    operation: Operation,
) -> Result<(), ApiError> {
    let write = (logged(record, action, operation), models::to_json(record)?);
    log_writes(conn, ctx, vec![write]).await
}

/// What a write changed, for the history, the change log and the audit trail.
pub(crate) struct Logged<'a> {
    pub kind: crate::domain::RecordKind,
    pub id: Uuid,
    pub version: i64,
    pub country: &'a CountryCode,
    pub action: &'a str,
    pub operation: Operation,
    pub at: chrono::DateTime<Utc>,
}

fn logged<'a, R: Record>(record: &'a R, action: &'a str, operation: Operation) -> Logged<'a> {
    Logged {
        kind: R::KIND,
        id: record.id(),
        version: record.version(),
        country: record.country(),
        action,
        operation,
        at: record.updated_at(),
    }
}

/// Records committed changes of any kind of record: each version with the full document, its
/// change-log row and its audit entry, in the caller's transaction, in a few statements for all.
pub(crate) async fn log_writes(
    conn: &mut Conn,
    ctx: &WriteContext,
    writes: Vec<(Logged<'_>, serde_json::Value)>,
) -> Result<(), ApiError> {
    let (logged, documents): (Vec<_>, Vec<_>) = writes.into_iter().unzip();
    let versions: Vec<_> = logged
        .iter()
        .zip(documents)
        .map(|(l, document)| models::version::NewVersion {
            entity: l.kind.as_str(),
            entity_id: l.id,
            version: l.version,
            action: l.action,
            actor: &ctx.actor.name,
            actor_id: ctx.actor.id,
            recorded_at: l.at,
            document,
        })
        .collect();
    models::version::record_many(conn, &versions).await?;
    let changes: Vec<_> = logged
        .iter()
        .map(|l| models::change::NewChange {
            entity: l.kind.as_str(),
            entity_id: l.id,
            operation: l.operation.as_str(),
            version: l.version,
            country: l.country.as_str(),
        })
        .collect();
    models::change::record_many(conn, &changes).await?;
    let audit: Vec<_> = logged
        .iter()
        .map(|l| AuditEntry {
            actor_id: ctx.actor.id,
            actor: &ctx.actor.name,
            action: l.action,
            entity: l.kind.as_str(),
            entity_id: l.id,
            version: l.version,
            request_id: ctx.request_id.as_deref(),
            via: ctx.via,
        })
        .collect();
    models::audit::record_many(conn, &audit).await?;
    Ok(())
}
