//! The authority aggregate: one row in `authorities` plus its designations and contacts, read and
//! written together. Listing loads one page of roots, then the children of that page in two queries.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::{corrupt, parse};
use crate::db::{
    schema::{authorities, contacts, designations},
    Conn,
};
use crate::domain::{
    stale_cutoff, Authority, AuthorityStatus, Channel, CompetenceCode, Contact, CountryCode,
    Designation, LanguageCode, RegionCode,
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = authorities)]
struct AuthorityRow {
    id: Uuid,
    country: String,
    names: serde_json::Value,
    original_language: String,
    sort_name: String,
    acronym: Option<String>,
    kind: String,
    parent_id: Option<Uuid>,
    address: Option<String>,
    website: Option<String>,
    phones: Vec<String>,
    fax: Option<String>,
    emails: Vec<String>,
    office_hours: Option<String>,
    timezone: Option<String>,
    available_24_7: bool,
    status: String,
    version: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    last_confirmed_at: Option<DateTime<Utc>>,
    last_confirmed_by: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = designations)]
struct DesignationRow {
    authority_id: Uuid,
    competence: String,
    ordinal: i32,
    legal_bases: Vec<String>,
    is_central: bool,
    scope_note: Option<String>,
    channels: Vec<String>,
    means: Vec<String>,
    languages_accepted: Vec<String>,
    original_by_post_required: bool,
    urgent_procedure: Option<String>,
    untoc_as_legal_basis: Option<String>,
    untoc_legal_basis_note: Option<String>,
    legal_requirements: Option<String>,
    notification_ref: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = contacts)]
struct ContactRow {
    authority_id: Uuid,
    ordinal: i32,
    name: String,
    position: Option<String>,
    phones: Vec<String>,
    email: Option<String>,
    languages: Vec<String>,
    role: String,
    visibility: String,
}

/// Filters of `GET /v1/authorities`; all combine with AND. The designation-level filters
/// (competence, language, channel) must all hold for one and the same designation.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct AuthorityFilter {
    pub country: Option<CountryCode>,
    pub region: Option<RegionCode>,
    pub competence: Option<CompetenceCode>,
    pub language: Option<LanguageCode>,
    pub channel: Option<Channel>,
    /// `Some(true)`: only stale records; `Some(false)`: only fresh ones.
    pub stale: Option<bool>,
    /// `None` means every status.
    pub status: Option<AuthorityStatus>,
}

/// The position of a record in the listing order (country, then id).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ListKey {
    pub country: String,
    pub id: Uuid,
}

impl ListKey {
    pub fn of(authority: &Authority) -> Self {
        ListKey {
            country: authority.country.as_str().to_owned(),
            id: authority.id,
        }
    }
}

/// One page of authorities in (country, id) order, after `after` if given.
pub async fn list(
    conn: &mut Conn,
    filter: &AuthorityFilter,
    now: DateTime<Utc>,
    after: Option<&ListKey>,
    limit: i64,
) -> QueryResult<Vec<Authority>> {
    let mut query = authorities::table
        .select(AuthorityRow::as_select())
        .order((authorities::country, authorities::id))
        .limit(limit)
        .into_boxed();
    narrow_by_place!(
        query,
        authorities,
        country: filter.country.as_ref(),
        region: filter.region.as_ref(),
        after: after.map(|key| (key.country.as_str(), key.id)),
    );
    if filter.competence.is_some() || filter.language.is_some() || filter.channel.is_some() {
        let mut matching = designations::table
            .select(designations::authority_id)
            .into_boxed();
        if let Some(competence) = &filter.competence {
            matching = matching.filter(designations::competence.eq(competence.as_str().to_owned()));
        }
        if let Some(language) = &filter.language {
            matching = matching.filter(
                designations::languages_accepted.contains(vec![language.as_str().to_owned()]),
            );
        }
        if let Some(channel) = filter.channel {
            matching =
                matching.filter(designations::channels.contains(vec![channel.as_str().to_owned()]));
        }
        query = query.filter(authorities::id.eq_any(matching));
    }
    if let Some(stale) = filter.stale {
        let confirmed = diesel::dsl::sql::<diesel::sql_types::Timestamptz>(
            "coalesce(authorities.last_confirmed_at, authorities.created_at)",
        );
        let cutoff = stale_cutoff(now);
        query = if stale {
            query.filter(confirmed.lt(cutoff))
        } else {
            query.filter(confirmed.ge(cutoff))
        };
    }
    if let Some(status) = filter.status {
        query = query.filter(authorities::status.eq(status.as_str()));
    }
    let rows = query.load(conn).await?;
    assemble(conn, rows).await
}

/// The records with these ids that exist, in no particular order.
pub async fn find_many(conn: &mut Conn, ids: &[Uuid]) -> QueryResult<Vec<Authority>> {
    let rows = authorities::table
        .filter(authorities::id.eq_any(ids))
        .select(AuthorityRow::as_select())
        .load(conn)
        .await?;
    assemble(conn, rows).await
}

/// Inserts new authorities with their designations and contacts, a few statements for all of them.
pub async fn insert_many(conn: &mut Conn, all: &[Authority]) -> QueryResult<()> {
    let roots = all.iter().map(root_row).collect::<QueryResult<Vec<_>>>()?;
    insert_rows!(conn, authorities::table, roots);
    insert_children(conn, all).await
}

async fn insert_children(conn: &mut Conn, all: &[Authority]) -> QueryResult<()> {
    let designation_rows: Vec<DesignationRow> = all
        .iter()
        .flat_map(|a| {
            a.designations
                .iter()
                .enumerate()
                .map(|(i, d)| designation_row(a.id, i, d))
        })
        .collect();
    insert_rows!(conn, designations::table, designation_rows);
    let contact_rows: Vec<ContactRow> = all
        .iter()
        .flat_map(|a| {
            a.contacts
                .iter()
                .enumerate()
                .map(|(i, c)| contact_row(a.id, i, c))
        })
        .collect();
    insert_rows!(conn, contacts::table, contact_rows);
    Ok(())
}

/// The country and parent of an authority, if it exists.
pub async fn parent_of(conn: &mut Conn, id: Uuid) -> QueryResult<Option<(String, Option<Uuid>)>> {
    authorities::table
        .find(id)
        .select((authorities::country, authorities::parent_id))
        .first(conn)
        .await
        .optional()
}

/// Replaces a stored document with `authority` (same id), within `scope` when given. Returns false
/// when no record in scope has that id.
pub async fn replace(
    conn: &mut Conn,
    authority: &Authority,
    scope: Option<&CountryCode>,
) -> QueryResult<bool> {
    let row = root_row(authority)?;
    let mut update = diesel::update(authorities::table)
        .filter(authorities::id.eq(authority.id))
        .into_boxed();
    if let Some(country) = scope {
        update = update.filter(authorities::country.eq(country.as_str().to_owned()));
    }
    let updated = update
        .set((
            authorities::names.eq(&row.names),
            authorities::original_language.eq(&row.original_language),
            authorities::sort_name.eq(&row.sort_name),
            authorities::acronym.eq(&row.acronym),
            authorities::kind.eq(&row.kind),
            authorities::parent_id.eq(row.parent_id),
            authorities::address.eq(&row.address),
            authorities::website.eq(&row.website),
            authorities::phones.eq(&row.phones),
            authorities::fax.eq(&row.fax),
            authorities::emails.eq(&row.emails),
            authorities::office_hours.eq(&row.office_hours),
            authorities::timezone.eq(&row.timezone),
            authorities::available_24_7.eq(row.available_24_7),
            authorities::status.eq(&row.status),
            authorities::version.eq(row.version),
            authorities::updated_at.eq(row.updated_at),
            authorities::last_confirmed_at.eq(row.last_confirmed_at),
            authorities::last_confirmed_by.eq(&row.last_confirmed_by),
        ))
        .execute(conn)
        .await?;
    if updated != 1 {
        return Ok(false);
    }
    diesel::delete(designations::table.filter(designations::authority_id.eq(authority.id)))
        .execute(conn)
        .await?;
    diesel::delete(contacts::table.filter(contacts::authority_id.eq(authority.id)))
        .execute(conn)
        .await?;
    insert_children(conn, std::slice::from_ref(authority)).await?;
    Ok(true)
}

fn root_row(a: &Authority) -> QueryResult<AuthorityRow> {
    let names = serde_json::to_value(&a.names)
        .map_err(|e| diesel::result::Error::SerializationError(Box::new(e)))?;
    Ok(AuthorityRow {
        id: a.id,
        country: a.country.as_str().to_owned(),
        names,
        original_language: a.original_language.as_str().to_owned(),
        sort_name: a.display_name().to_owned(),
        acronym: a.acronym.clone(),
        kind: a.kind.as_str().to_owned(),
        parent_id: a.parent_id,
        address: a.address.clone(),
        website: a.website.clone(),
        phones: a.phones.clone(),
        fax: a.fax.clone(),
        emails: a.emails.clone(),
        office_hours: a.office_hours.clone(),
        timezone: a.timezone.clone(),
        available_24_7: a.available_24_7,
        status: a.status.as_str().to_owned(),
        version: a.version,
        created_at: a.created_at,
        updated_at: a.updated_at,
        last_confirmed_at: a.last_confirmed_at,
        last_confirmed_by: a.last_confirmed_by.clone(),
    })
}

fn strings<T: ToString>(items: &[T]) -> Vec<String> {
    items.iter().map(ToString::to_string).collect()
}

fn designation_row(authority_id: Uuid, ordinal: usize, d: &Designation) -> DesignationRow {
    DesignationRow {
        authority_id,
        competence: d.competence.as_str().to_owned(),
        ordinal: ordinal as i32,
        legal_bases: d.legal_bases.clone(),
        is_central: d.is_central,
        scope_note: d.scope_note.clone(),
        channels: strings(&d.channels),
        means: strings(&d.means),
        languages_accepted: strings(&d.languages_accepted),
        original_by_post_required: d.original_by_post_required,
        urgent_procedure: d.urgent_procedure.clone(),
        untoc_as_legal_basis: d.untoc_as_legal_basis.map(|u| u.as_str().to_owned()),
        untoc_legal_basis_note: d.untoc_legal_basis_note.clone(),
        legal_requirements: d.legal_requirements.clone(),
        notification_ref: d.notification_ref.clone(),
    }
}

fn contact_row(authority_id: Uuid, ordinal: usize, c: &Contact) -> ContactRow {
    ContactRow {
        authority_id,
        ordinal: ordinal as i32,
        name: c.name.clone(),
        position: c.position.clone(),
        phones: c.phones.clone(),
        email: c.email.clone(),
        languages: strings(&c.languages),
        role: c.role.as_str().to_owned(),
        visibility: c.visibility.as_str().to_owned(),
    }
}

/// Loads the children of `rows` and builds the domain documents, keeping the order of `rows`.
async fn assemble(conn: &mut Conn, rows: Vec<AuthorityRow>) -> QueryResult<Vec<Authority>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let designation_rows: Vec<DesignationRow> = designations::table
        .filter(designations::authority_id.eq_any(&ids))
        .select(DesignationRow::as_select())
        .order((designations::authority_id, designations::ordinal))
        .load(conn)
        .await?;
    let contact_rows: Vec<ContactRow> = contacts::table
        .filter(contacts::authority_id.eq_any(&ids))
        .select(ContactRow::as_select())
        .order((contacts::authority_id, contacts::ordinal))
        .load(conn)
        .await?;
    let mut designations_by_id: HashMap<Uuid, Vec<Designation>> = HashMap::new();
    for row in designation_rows {
        designations_by_id
            .entry(row.authority_id)
            .or_default()
            .push(designation_from_row(row)?);
    }
    let mut contacts_by_id: HashMap<Uuid, Vec<Contact>> = HashMap::new();
    for row in contact_rows {
        contacts_by_id
            .entry(row.authority_id)
            .or_default()
            .push(contact_from_row(row)?);
    }
    rows.into_iter()
        .map(|row| {
            let designations = designations_by_id.remove(&row.id).unwrap_or_default();
            let contacts = contacts_by_id.remove(&row.id).unwrap_or_default();
            authority_from_row(row, designations, contacts)
        })
        .collect()
}

fn parse_all<T: std::str::FromStr>(what: &str, items: Vec<String>) -> QueryResult<Vec<T>>
where
    T::Err: std::fmt::Display,
{
    items
        .into_iter()
        .map(|item| {
            item.parse::<T>()
                .map_err(|e| corrupt(what, format!("{item:?} {e}")))
        })
        .collect()
}

fn authority_from_row(
    row: AuthorityRow,
    designations: Vec<Designation>,
    contacts: Vec<Contact>,
) -> QueryResult<Authority> {
    let names: BTreeMap<LanguageCode, String> =
        serde_json::from_value(row.names).map_err(|e| corrupt("authority names", e))?;
    Ok(Authority {
        id: row.id,
        country: parse("country", &row.country)?,
        names,
        original_language: parse("original language", &row.original_language)?,
        acronym: row.acronym,
        kind: parse("authority kind", &row.kind)?,
        parent_id: row.parent_id,
        address: row.address,
        website: row.website,
        phones: row.phones,
        fax: row.fax,
        emails: row.emails,
        office_hours: row.office_hours,
        timezone: row.timezone,
        available_24_7: row.available_24_7,
        designations,
        contacts,
        status: parse("status", &row.status)?,
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
        last_confirmed_at: row.last_confirmed_at,
        last_confirmed_by: row.last_confirmed_by,
    })
}

fn designation_from_row(row: DesignationRow) -> QueryResult<Designation> {
    Ok(Designation {
        competence: parse("competence", &row.competence)?,
        legal_bases: row.legal_bases,
        is_central: row.is_central,
        scope_note: row.scope_note,
        channels: parse_all("channel", row.channels)?,
        means: parse_all("means", row.means)?,
        languages_accepted: parse_all("language", row.languages_accepted)?,
        original_by_post_required: row.original_by_post_required,
        urgent_procedure: row.urgent_procedure,
        untoc_as_legal_basis: row
            .untoc_as_legal_basis
            .as_deref()
            .map(|u| parse("UNTOC basis", u))
            .transpose()?,
        untoc_legal_basis_note: row.untoc_legal_basis_note,
        legal_requirements: row.legal_requirements,
        notification_ref: row.notification_ref,
    })
}

fn contact_from_row(row: ContactRow) -> QueryResult<Contact> {
    Ok(Contact {
        name: row.name,
        position: row.position,
        phones: row.phones,
        email: row.email,
        languages: parse_all("language", row.languages)?,
        role: parse("contact role", &row.role)?,
        visibility: parse("contact visibility", &row.visibility)?,
    })
}
