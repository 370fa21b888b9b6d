//! The write pipeline of every record (spec section 3): authorize, validate, then in the caller's
//! transaction write the record, its version snapshot, its change-log row and an audit entry, all or
//! nothing. Authorities here; legislation and cases in their own modules, through the same
//! [`log_write`]. Every write is limited to the caller's scope in the queries themselves
//! (`db::models::authority::{lock, replace}` take the scope), not only by a check before them.

pub mod cases;
pub mod legislation;

use crate::domain::RecordKind;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use chrono::Utc;
use uuid::Uuid;

use crate::auth::WriteScope;
use crate::db::{
    models::{self, audit::AuditEntry, change::Operation, version::Actor},
    Conn,
};
use crate::domain::{
    Authority, AuthorityKind, AuthorityStatus, Contact, CountryCode, Designation, LanguageCode,
};
use crate::error::{ApiError, FieldError};

/// The time a write records: now, to the microsecond, as Postgres keeps it, so that the document
/// kept in the history (and sent to partners) says exactly what a read of the record says.
pub fn write_time() -> chrono::DateTime<Utc> {
    use chrono::SubsecRound;
    Utc::now().trunc_subsecs(6)
}

/// Who writes, within which scope, for which request.
#[derive(Debug, Clone)]
pub struct WriteContext {
    pub actor: Actor,
    pub scope: WriteScope,
    pub request_id: Option<String>,
    /// Reference codes loaded once for a run of writes (an import); `None` loads them per write.
    pub reference: Option<Arc<ReferenceCodes>>,
}

impl WriteContext {
    /// The reference codes to check a write against.
    pub(crate) async fn reference(&self, conn: &mut Conn) -> Result<Arc<ReferenceCodes>, ApiError> {
        match &self.reference {
            Some(reference) => Ok(Arc::clone(reference)),
            None => Ok(Arc::new(ReferenceCodes::load(conn).await?)),
        }
    }
}

/// 403 for a record of another State than the caller's.
pub(crate) fn out_of_scope() -> ApiError {
    ApiError::Forbidden("focal points change their own State's records only".into())
}

/// Checks that `country` exists and is within the caller's scope.
pub(crate) async fn check_country(
    conn: &mut Conn,
    ctx: &WriteContext,
    country: &CountryCode,
) -> Result<(), ApiError> {
    if !ctx.scope.allows(country) {
        return Err(ApiError::Forbidden(
            "focal points create records for their own State only".into(),
        ));
    }
    let exists = match &ctx.reference {
        Some(reference) => reference.countries.contains(country.as_str()),
        None => models::country::exists(conn, country.as_str()).await?,
    };
    if !exists {
        return Err(ApiError::Validation(vec![FieldError::new(
            "country",
            format!("unknown country code {country}"),
        )]));
    }
    Ok(())
}

impl WriteContext {
    /// The State a new record belongs to: the one the body names, or a focal point's own; an
    /// administrator must name it. Whether the caller may write there is checked by the write.
    pub fn country_for(&self, named: Option<&CountryCode>) -> Result<CountryCode, ApiError> {
        match (named, self.scope.country()) {
            (Some(country), _) => Ok(country.clone()),
            (None, Some(own)) => Ok(own.clone()),
            (None, None) => Err(ApiError::Validation(vec![FieldError::new(
                "country",
                "name the State the record belongs to",
            )])),
        }
    }
}

/// Why a write found no record in the caller's scope: 403 when it exists (another State's), else 404.
pub(crate) fn not_in_scope(exists: bool, what: &str, id: Uuid) -> ApiError {
    if exists {
        out_of_scope()
    } else {
        ApiError::NotFound(format!("no {what} has the id {id}"))
    }
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

impl Draft {
    /// The checks that need the database: competences exist, legal bases belong to their competence,
    /// the parent exists in the same State and is not the record itself or one of its descendants.
    pub async fn check_references(
        &self,
        conn: &mut Conn,
        reference: &ReferenceCodes,
        id: Uuid,
        country: &CountryCode,
    ) -> Result<(), ApiError> {
        let mut errors = Vec::new();
        let competences = &reference.competences;
        for (i, d) in self.designations.iter().enumerate() {
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
        if let Some(parent) = self.parent_id {
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
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// The record within scope, locked; 404 when no record has the id, 403 when it belongs to another
/// State than the caller's.
async fn lock_in_scope(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
) -> Result<Authority, ApiError> {
    match models::authority::lock(conn, id, ctx.scope.country()).await? {
        Some(found) => Ok(found),
        None => Err(not_in_scope(
            models::authority::exists(conn, id).await?,
            "authority",
            id,
        )),
    }
}

/// Writes the new state and everything that goes with it.
async fn commit(
    conn: &mut Conn,
    ctx: &WriteContext,
    authority: &Authority,
    action: &str,
    operation: Operation,
    created: bool,
) -> Result<(), ApiError> {
    if created {
        models::authority::insert(conn, authority).await?;
    } else if !models::authority::replace(conn, authority, ctx.scope.country()).await? {
        return Err(ApiError::Forbidden(
            "focal points change their own State's records only".into(),
        ));
    }
    log_write(
        conn,
        ctx,
        Logged {
            entity: RecordKind::Authority,
            id: authority.id,
            version: authority.version,
            country: &authority.country,
            action,
            operation,
            at: authority.updated_at,
        },
        authority,
    )
    .await
}

/// What a write changed, for the history, the change log and the audit trail.
pub(crate) struct Logged<'a> {
    pub entity: RecordKind,
    pub id: Uuid,
    pub version: i64,
    pub country: &'a CountryCode,
    pub action: &'a str,
    pub operation: Operation,
    pub at: chrono::DateTime<Utc>,
}

/// Records a committed change of any kind of record: its version with the full document, its
/// change-log row and its audit entry, in the caller's transaction.
pub(crate) async fn log_write<T: serde::Serialize>(
    conn: &mut Conn,
    ctx: &WriteContext,
    logged: Logged<'_>,
    document: &T,
) -> Result<(), ApiError> {
    let document = models::to_json(document)?;
    log_writes(conn, ctx, vec![(logged, document)]).await
}

/// [`log_write`] for several writes, in a few statements for all of them.
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
            entity: l.entity.as_str(),
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
            entity: l.entity.as_str(),
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
            entity: l.entity.as_str(),
            entity_id: l.id,
            version: l.version,
            request_id: ctx.request_id.as_deref(),
        })
        .collect();
    models::audit::record_many(conn, &audit).await?;
    Ok(())
}

/// New records checked by the `prepare_create` functions, created together: a bulk import writes
/// hundreds of records in a few statements instead of a dozen each.
#[derive(Debug, Default)]
pub struct NewRecords {
    pub authorities: Vec<Authority>,
    pub laws: Vec<crate::domain::legislation::Law>,
    pub cases: Vec<crate::domain::case::Case>,
}

impl NewRecords {
    pub fn len(&self) -> usize {
        self.authorities.len() + self.laws.len() + self.cases.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Creates every record with its version, change-log row and audit entry, in the caller's
    /// transaction: what [`create`] and its siblings do for one record.
    pub async fn create(&self, conn: &mut Conn, ctx: &WriteContext) -> Result<(), ApiError> {
        models::authority::insert_many(conn, &self.authorities).await?;
        models::law::insert_many(conn, &self.laws).await?;
        models::case::insert_many(conn, &self.cases).await?;
        let created = |entity, id, version, country, at| Logged {
            entity,
            id,
            version,
            country,
            action: "create",
            operation: Operation::Upsert,
            at,
        };
        let mut writes = Vec::with_capacity(self.len());
        for a in &self.authorities {
            let logged = created(
                RecordKind::Authority,
                a.id,
                a.version,
                &a.country,
                a.updated_at,
            );
            writes.push((logged, models::to_json(a)?));
        }
        for l in &self.laws {
            let logged = created(
                RecordKind::Legislation,
                l.id,
                l.version,
                &l.country,
                l.updated_at,
            );
            writes.push((logged, models::to_json(l)?));
        }
        for c in &self.cases {
            let logged = created(RecordKind::Case, c.id, c.version, &c.country, c.updated_at);
            writes.push((logged, models::to_json(c)?));
        }
        log_writes(conn, ctx, writes).await
    }
}

fn from_draft(draft: Draft, base: Authority) -> Authority {
    Authority {
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
        ..base
    }
}

/// Creates the record `id` of `country` (checked here against the caller's scope).
pub async fn create(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    draft: Draft,
    country: CountryCode,
) -> Result<Authority, ApiError> {
    let authority = prepare_create(conn, ctx, id, draft, country).await?;
    commit(conn, ctx, &authority, "create", Operation::Upsert, true).await?;
    Ok(authority)
}

/// Checks and builds the new authority `id` without writing it: [`create`] writes one, an import
/// many at once ([`NewRecords`]).
pub async fn prepare_create(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    draft: Draft,
    country: CountryCode,
) -> Result<Authority, ApiError> {
    check_country(conn, ctx, &country).await?;
    let reference = ctx.reference(conn).await?;
    draft
        .check_references(conn, &reference, id, &country)
        .await?;
    let now = write_time();
    let base = Authority {
        id,
        country,
        names: BTreeMap::new(),
        original_language: draft.original_language.clone(),
        acronym: None,
        kind: AuthorityKind::Other,
        parent_id: None,
        address: None,
        website: None,
        phones: Vec::new(),
        fax: None,
        emails: Vec::new(),
        office_hours: None,
        timezone: None,
        available_24_7: false,
        designations: Vec::new(),
        contacts: Vec::new(),
        status: AuthorityStatus::Active,
        version: 1,
        created_at: now,
        updated_at: now,
        last_confirmed_at: Some(now),
        last_confirmed_by: Some(ctx.actor.name.clone()),
    };
    Ok(from_draft(draft, base))
}

/// Replaces a record's document. The country cannot change.
pub async fn update(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    precondition: &Precondition,
    draft: Draft,
) -> Result<Authority, ApiError> {
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
    let reference = ctx.reference(conn).await?;
    draft
        .check_references(conn, &reference, id, &current.country)
        .await?;
    let base = Authority {
        version: current.version + 1,
        updated_at: write_time(),
        ..current
    };
    let authority = from_draft(draft, base);
    commit(conn, ctx, &authority, "update", Operation::Upsert, false).await?;
    Ok(authority)
}

/// Retires a record: it leaves the default listing, stays readable and in history, and the change log
/// reports it deleted.
pub async fn retire(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    precondition: &Precondition,
) -> Result<Authority, ApiError> {
    let current = lock_in_scope(conn, ctx, id).await?;
    if !precondition.holds(current.version) {
        return Err(ApiError::PreconditionFailed);
    }
    if current.status == AuthorityStatus::Retired {
        return Err(ApiError::Conflict("the record is already retired".into()));
    }
    let authority = Authority {
        status: AuthorityStatus::Retired,
        version: current.version + 1,
        updated_at: write_time(),
        ..current
    };
    commit(conn, ctx, &authority, "retire", Operation::Delete, false).await?;
    Ok(authority)
}

/// Confirms that a record is still correct as of now.
pub async fn confirm(
    conn: &mut Conn,
    ctx: &WriteContext,
    id: Uuid,
    precondition: Option<&Precondition>,
) -> Result<Authority, ApiError> {
    let current = lock_in_scope(conn, ctx, id).await?;
    if precondition.is_some_and(|p| !p.holds(current.version)) {
        return Err(ApiError::PreconditionFailed);
    }
    if current.status == AuthorityStatus::Retired {
        return Err(ApiError::Conflict(
            "a retired record cannot be confirmed".into(),
        ));
    }
    let now = write_time();
    let authority = Authority {
        version: current.version + 1,
        updated_at: now,
        last_confirmed_at: Some(now),
        last_confirmed_by: Some(ctx.actor.name.clone()),
        ..current
    };
    commit(conn, ctx, &authority, "confirm", Operation::Upsert, false).await?;
    Ok(authority)
}

/// The reference codes a record may use: loaded once per write, or once for a whole import.
#[derive(Debug)]
pub struct ReferenceCodes {
    crime_types: HashSet<String>,
    cross_cutting_issues: HashSet<String>,
    articles: HashSet<String>,
    /// Competence code to the citations of its legal bases.
    competences: HashMap<String, HashSet<String>>,
    /// ISO3 codes.
    countries: HashSet<String>,
}

impl ReferenceCodes {
    pub async fn load(conn: &mut Conn) -> Result<Self, ApiError> {
        use models::taxonomy::Taxonomy;
        let codes =
            |terms: Vec<models::taxonomy::Term>| terms.into_iter().map(|t| t.code).collect();
        let competences = models::competence::list(conn)
            .await?
            .into_iter()
            .map(|(t, bases)| (t.code, bases.into_iter().map(|b| b.citation).collect()))
            .collect();
        let countries = models::country::list(conn, None, None, 10_000)
            .await?
            .into_iter()
            .map(|c| c.iso3)
            .collect();
        Ok(ReferenceCodes {
            competences,
            countries,
            crime_types: codes(models::taxonomy::list(conn, Taxonomy::CrimeTypes).await?),
            cross_cutting_issues: codes(
                models::taxonomy::list(conn, Taxonomy::CrossCuttingIssues).await?,
            ),
            articles: models::instrument::list(conn)
                .await?
                .into_iter()
                .flat_map(|(_, articles)| articles.into_iter().map(|a| a.id))
                .collect(),
        })
    }

    /// Whether `iso3` is a known country.
    pub(crate) fn has_country(&self, iso3: &str) -> bool {
        self.countries.contains(iso3)
    }

    /// Records an error for every unknown code, under `prefix` (`provisions[2]`, or empty).
    pub(crate) fn check(
        &self,
        prefix: &str,
        crime_types: &[crate::domain::TermCode],
        cross_cutting_issues: &[crate::domain::TermCode],
        articles: &[crate::domain::ArticleId],
        errors: &mut Vec<FieldError>,
    ) {
        let path = |member: &str, i: usize| {
            if prefix.is_empty() {
                format!("{member}[{i}]")
            } else {
                format!("{prefix}.{member}[{i}]")
            }
        };
        for (i, c) in crime_types.iter().enumerate() {
            if !self.crime_types.contains(c.as_str()) {
                errors.push(FieldError::new(
                    path("crime_types", i),
                    format!("unknown crime type {c}"),
                ));
            }
        }
        for (i, c) in cross_cutting_issues.iter().enumerate() {
            if !self.cross_cutting_issues.contains(c.as_str()) {
                errors.push(FieldError::new(
                    path("cross_cutting_issues", i),
                    format!("unknown cross-cutting issue {c}"),
                ));
            }
        }
        for (i, a) in articles.iter().enumerate() {
            if !self.articles.contains(a.as_str()) {
                errors.push(FieldError::new(
                    path("articles", i),
                    format!("unknown instrument article {a}"),
                ));
            }
        }
    }
}
