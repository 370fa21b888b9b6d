//! Treaty participation: one row per State and instrument, its declarations in one jsonb column.

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::{corrupt, parse, to_json};
use crate::db::{schema::treaty_participations, Conn};
use crate::domain::treaty::{Instrument, TreatyParticipation, TreatyStatus};
use crate::domain::{CountryCode, RegionCode};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = treaty_participations)]
struct Row {
    id: Uuid,
    country: String,
    instrument: String,
    status: String,
    signed_on: Option<NaiveDate>,
    consent_kind: Option<String>,
    consent_on: Option<NaiveDate>,
    in_force_on: Option<NaiveDate>,
    declarations: serde_json::Value,
    source: String,
    checked_on: NaiveDate,
    version: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

fn row(t: &TreatyParticipation) -> QueryResult<Row> {
    Ok(Row {
        id: t.id,
        country: t.country.as_str().to_owned(),
        instrument: t.instrument.as_str().to_owned(),
        status: t.status.as_str().to_owned(),
        signed_on: t.signed_on,
        consent_kind: t.consent_kind.map(|k| k.as_str().to_owned()),
        consent_on: t.consent_on,
        in_force_on: t.in_force_on,
        declarations: to_json(&t.declarations)?,
        source: t.source.clone(),
        checked_on: t.checked_on,
        version: t.version,
        created_at: t.created_at,
        updated_at: t.updated_at,
    })
}

fn record(r: Row) -> QueryResult<TreatyParticipation> {
    Ok(TreatyParticipation {
        id: r.id,
        country: parse("treaty country", &r.country)?,
        instrument: parse("treaty instrument", &r.instrument)?,
        status: parse("treaty status", &r.status)?,
        signed_on: r.signed_on,
        consent_kind: r
            .consent_kind
            .as_deref()
            .map(|k| parse("consent kind", k))
            .transpose()?,
        consent_on: r.consent_on,
        in_force_on: r.in_force_on,
        declarations: serde_json::from_value(r.declarations)
            .map_err(|e| corrupt("treaty declarations", e))?,
        source: r.source,
        checked_on: r.checked_on,
        version: r.version,
        created_at: r.created_at,
        updated_at: r.updated_at,
    })
}

/// Filters of `GET /v1/treaties`; they combine with AND.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct TreatyFilter {
    pub country: Option<CountryCode>,
    pub region: Option<RegionCode>,
    pub instrument: Option<Instrument>,
    pub status: Option<TreatyStatus>,
}

/// One page of participation records in (country, id) order.
pub async fn list(
    conn: &mut Conn,
    filter: &TreatyFilter,
    after: Option<&(String, Uuid)>,
    limit: i64,
) -> QueryResult<Vec<TreatyParticipation>> {
    let mut query = treaty_participations::table
        .select(Row::as_select())
        .order((treaty_participations::country, treaty_participations::id))
        .limit(limit)
        .into_boxed();
    narrow_by_place!(
        query,
        treaty_participations,
        country: filter.country.as_ref(),
        region: filter.region.as_ref(),
        after: after.map(|(country, id)| (country.as_str(), *id)),
    );
    if let Some(instrument) = filter.instrument {
        query = query.filter(treaty_participations::instrument.eq(instrument.as_str()));
    }
    if let Some(status) = filter.status {
        query = query.filter(treaty_participations::status.eq(status.as_str()));
    }
    query.load(conn).await?.into_iter().map(record).collect()
}

/// Every participation record of these States.
pub async fn of_countries(
    conn: &mut Conn,
    countries: &[&str],
) -> QueryResult<Vec<TreatyParticipation>> {
    treaty_participations::table
        .filter(treaty_participations::country.eq_any(countries))
        .select(Row::as_select())
        .order((
            treaty_participations::country,
            treaty_participations::instrument,
        ))
        .load(conn)
        .await?
        .into_iter()
        .map(record)
        .collect()
}

/// The records with these ids that exist, in no particular order.
pub async fn find_many(conn: &mut Conn, ids: &[Uuid]) -> QueryResult<Vec<TreatyParticipation>> {
    treaty_participations::table
        .filter(treaty_participations::id.eq_any(ids))
        .select(Row::as_select())
        .load(conn)
        .await?
        .into_iter()
        .map(record)
        .collect()
}

pub async fn insert_many(conn: &mut Conn, all: &[TreatyParticipation]) -> QueryResult<()> {
    let rows = all.iter().map(row).collect::<QueryResult<Vec<_>>>()?;
    insert_rows!(conn, treaty_participations::table, rows);
    Ok(())
}

/// Replaces a record whole, within `scope` when given; false when none in scope has its id.
pub async fn replace(
    conn: &mut Conn,
    t: &TreatyParticipation,
    scope: Option<&CountryCode>,
) -> QueryResult<bool> {
    let r = row(t)?;
    let mut update = diesel::update(treaty_participations::table)
        .filter(treaty_participations::id.eq(t.id))
        .into_boxed();
    if let Some(country) = scope {
        update = update.filter(treaty_participations::country.eq(country.as_str().to_owned()));
    }
    let updated = update
        .set((
            treaty_participations::instrument.eq(r.instrument),
            treaty_participations::status.eq(r.status),
            treaty_participations::signed_on.eq(r.signed_on),
            treaty_participations::consent_kind.eq(r.consent_kind),
            treaty_participations::consent_on.eq(r.consent_on),
            treaty_participations::in_force_on.eq(r.in_force_on),
            treaty_participations::declarations.eq(r.declarations),
            treaty_participations::source.eq(r.source),
            treaty_participations::checked_on.eq(r.checked_on),
            treaty_participations::version.eq(r.version),
            treaty_participations::updated_at.eq(r.updated_at),
        ))
        .execute(conn)
        .await?;
    Ok(updated == 1)
}

/// Whether another record holds this State's participation in this instrument.
pub async fn pair_taken(
    conn: &mut Conn,
    country: &str,
    instrument: Instrument,
    id: Uuid,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        treaty_participations::table
            .filter(treaty_participations::country.eq(country))
            .filter(treaty_participations::instrument.eq(instrument.as_str()))
            .filter(treaty_participations::id.ne(id)),
    ))
    .get_result(conn)
    .await
}
