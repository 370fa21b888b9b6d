//! The case aggregate: a row in `cases` with its taxonomy tags, counterpart States, parties and charges.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::{parse, subject::SubjectFilter, texts, to_json};
use crate::db::{
    schema::{
        case_articles, case_charges, case_counterparts, case_crime_types,
        case_cross_cutting_issues, case_parties, cases,
    },
    Conn,
};
use crate::domain::{
    case::{Case, Charge, Cooperation, DecisionType, Party},
    ArticleId, CountryCode, TermCode,
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = cases)]
struct CaseRow {
    id: Uuid,
    reference: String,
    title: serde_json::Value,
    original_language: String,
    country: String,
    court: String,
    decision_date: NaiveDate,
    decision_type: String,
    summary: serde_json::Value,
    commentary: serde_json::Value,
    cooperation_used: Vec<String>,
    version: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = case_parties)]
struct PartyRow {
    case_id: Uuid,
    ordinal: i32,
    role: String,
    entity_type: String,
    count: i32,
    nationality: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = case_charges)]
struct ChargeRow {
    case_id: Uuid,
    ordinal: i32,
    offence: String,
    provision_id: Option<Uuid>,
    statute: Option<String>,
    verdict: String,
    sentence: Option<String>,
}

/// Filters of `GET /v1/cases`; they combine with AND.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct CaseFilter {
    #[serde(flatten)]
    pub subject: SubjectFilter,
    pub decided_from: Option<NaiveDate>,
    pub decided_to: Option<NaiveDate>,
    pub decision_type: Option<DecisionType>,
    pub cooperation: Option<Cooperation>,
}

/// One page of cases in (country, id) order.
pub async fn list(
    conn: &mut Conn,
    filter: &CaseFilter,
    after: Option<&(String, Uuid)>,
    limit: i64,
) -> QueryResult<Vec<Case>> {
    let mut query = cases::table
        .select(CaseRow::as_select())
        .order((cases::country, cases::id))
        .limit(limit)
        .into_boxed();
    narrow_by_place!(
        query,
        cases,
        country: filter.subject.country.as_ref(),
        region: filter.subject.region.as_ref(),
        after: after.map(|(country, id)| (country.as_str(), *id)),
    );
    if let Some(code) = &filter.subject.crime_type {
        let matching = case_crime_types::table
            .filter(case_crime_types::code.eq(code.as_str().to_owned()))
            .select(case_crime_types::case_id);
        query = query.filter(cases::id.eq_any(matching));
    }
    if let Some(code) = &filter.subject.cross_cutting {
        let matching = case_cross_cutting_issues::table
            .filter(case_cross_cutting_issues::code.eq(code.as_str().to_owned()))
            .select(case_cross_cutting_issues::case_id);
        query = query.filter(cases::id.eq_any(matching));
    }
    if let Some(article) = &filter.subject.article {
        let matching = case_articles::table
            .filter(case_articles::article_id.eq(article.as_str().to_owned()))
            .select(case_articles::case_id);
        query = query.filter(cases::id.eq_any(matching));
    }
    if let Some(language) = &filter.subject.language {
        let lang = language.as_str().to_owned();
        query = query.filter(
            cases::title
                .has_key(lang.clone())
                .or(cases::summary.has_key(lang)),
        );
    }
    if let Some(from) = filter.decided_from {
        query = query.filter(cases::decision_date.ge(from));
    }
    if let Some(to) = filter.decided_to {
        query = query.filter(cases::decision_date.le(to));
    }
    if let Some(decision) = filter.decision_type {
        query = query.filter(cases::decision_type.eq(decision.as_str()));
    }
    if let Some(cooperation) = filter.cooperation {
        query =
            query.filter(cases::cooperation_used.contains(vec![cooperation.as_str().to_owned()]));
    }
    let rows = query.load(conn).await?;
    assemble(conn, rows).await
}

/// The records with these ids that exist, in no particular order.
pub async fn find_many(conn: &mut Conn, ids: &[Uuid]) -> QueryResult<Vec<Case>> {
    let rows = cases::table
        .filter(cases::id.eq_any(ids))
        .select(CaseRow::as_select())
        .load(conn)
        .await?;
    assemble(conn, rows).await
}

/// Inserts whole new cases, a few statements for all of them.
pub async fn insert_many(conn: &mut Conn, all: &[Case]) -> QueryResult<()> {
    let rows = all.iter().map(case_row).collect::<QueryResult<Vec<_>>>()?;
    insert_rows!(conn, cases::table, rows);
    insert_children(conn, all).await
}

/// Replaces a case's document, within `scope` when given; false when no case in scope has the id.
pub async fn replace(
    conn: &mut Conn,
    case: &Case,
    scope: Option<&CountryCode>,
) -> QueryResult<bool> {
    let row = case_row(case)?;
    let mut update = diesel::update(cases::table)
        .filter(cases::id.eq(case.id))
        .into_boxed();
    if let Some(country) = scope {
        update = update.filter(cases::country.eq(country.as_str().to_owned()));
    }
    let updated = update
        .set((
            cases::reference.eq(&row.reference),
            cases::title.eq(&row.title),
            cases::original_language.eq(&row.original_language),
            cases::court.eq(&row.court),
            cases::decision_date.eq(row.decision_date),
            cases::decision_type.eq(&row.decision_type),
            cases::summary.eq(&row.summary),
            cases::commentary.eq(&row.commentary),
            cases::cooperation_used.eq(&row.cooperation_used),
            cases::version.eq(row.version),
            cases::updated_at.eq(row.updated_at),
        ))
        .execute(conn)
        .await?;
    if updated != 1 {
        return Ok(false);
    }
    diesel::delete(case_crime_types::table.filter(case_crime_types::case_id.eq(case.id)))
        .execute(conn)
        .await?;
    diesel::delete(
        case_cross_cutting_issues::table.filter(case_cross_cutting_issues::case_id.eq(case.id)),
    )
    .execute(conn)
    .await?;
    diesel::delete(case_articles::table.filter(case_articles::case_id.eq(case.id)))
        .execute(conn)
        .await?;
    diesel::delete(case_counterparts::table.filter(case_counterparts::case_id.eq(case.id)))
        .execute(conn)
        .await?;
    diesel::delete(case_parties::table.filter(case_parties::case_id.eq(case.id)))
        .execute(conn)
        .await?;
    diesel::delete(case_charges::table.filter(case_charges::case_id.eq(case.id)))
        .execute(conn)
        .await?;
    insert_children(conn, std::slice::from_ref(case)).await?;
    Ok(true)
}

/// True when another case already has this reference.
pub async fn reference_taken(conn: &mut Conn, reference: &str, except: Uuid) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        cases::table
            .filter(cases::reference.eq(reference))
            .filter(cases::id.ne(except)),
    ))
    .get_result(conn)
    .await
}

fn case_row(case: &Case) -> QueryResult<CaseRow> {
    Ok(CaseRow {
        id: case.id,
        reference: case.reference.clone(),
        title: to_json(&case.title)?,
        original_language: case.original_language.as_str().to_owned(),
        country: case.country.as_str().to_owned(),
        court: case.court.clone(),
        decision_date: case.decision_date,
        decision_type: case.decision_type.as_str().to_owned(),
        summary: to_json(&case.summary)?,
        commentary: to_json(&case.commentary)?,
        cooperation_used: case
            .cooperation_used
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect(),
        version: case.version,
        created_at: case.created_at,
        updated_at: case.updated_at,
    })
}

async fn insert_children(conn: &mut Conn, all: &[Case]) -> QueryResult<()> {
    let mut crimes = Vec::new();
    let mut issues = Vec::new();
    let mut articles = Vec::new();
    let mut counterparts = Vec::new();
    let mut parties = Vec::new();
    let mut charges = Vec::new();
    for case in all {
        let id = case.id;
        crimes.extend(case.crime_types.iter().map(|c| {
            (
                case_crime_types::case_id.eq(id),
                case_crime_types::code.eq(c.as_str().to_owned()),
            )
        }));
        issues.extend(case.cross_cutting_issues.iter().map(|c| {
            (
                case_cross_cutting_issues::case_id.eq(id),
                case_cross_cutting_issues::code.eq(c.as_str().to_owned()),
            )
        }));
        articles.extend(case.articles.iter().map(|a| {
            (
                case_articles::case_id.eq(id),
                case_articles::article_id.eq(a.as_str().to_owned()),
            )
        }));
        counterparts.extend(case.counterpart_countries.iter().map(|c| {
            (
                case_counterparts::case_id.eq(id),
                case_counterparts::country.eq(c.as_str().to_owned()),
            )
        }));
        parties.extend(case.parties.iter().enumerate().map(|(i, p)| PartyRow {
            case_id: id,
            ordinal: i as i32,
            role: p.role.as_str().to_owned(),
            entity_type: p.entity_type.as_str().to_owned(),
            count: p.count,
            nationality: p.nationality.as_ref().map(|n| n.as_str().to_owned()),
        }));
        charges.extend(case.charges.iter().enumerate().map(|(i, c)| ChargeRow {
            case_id: id,
            ordinal: i as i32,
            offence: c.offence.clone(),
            provision_id: c.provision_id,
            statute: c.statute.clone(),
            verdict: c.verdict.as_str().to_owned(),
            sentence: c.sentence.clone(),
        }));
    }
    insert_rows!(conn, case_crime_types::table, crimes);
    insert_rows!(conn, case_cross_cutting_issues::table, issues);
    insert_rows!(conn, case_articles::table, articles);
    insert_rows!(conn, case_counterparts::table, counterparts);
    insert_rows!(conn, case_parties::table, parties);
    insert_rows!(conn, case_charges::table, charges);
    Ok(())
}

/// Loads `(case id, code)` pairs of a tag table into lists per case.
fn group<T: std::str::FromStr>(
    what: &str,
    rows: Vec<(Uuid, String)>,
) -> QueryResult<HashMap<Uuid, Vec<T>>>
where
    T::Err: std::fmt::Display,
{
    let mut out: HashMap<Uuid, Vec<T>> = HashMap::new();
    for (id, code) in rows {
        out.entry(id).or_default().push(parse(what, &code)?);
    }
    Ok(out)
}

async fn assemble(conn: &mut Conn, rows: Vec<CaseRow>) -> QueryResult<Vec<Case>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let mut crimes = group::<TermCode>(
        "crime type",
        case_crime_types::table
            .filter(case_crime_types::case_id.eq_any(&ids))
            .select((case_crime_types::case_id, case_crime_types::code))
            .order((case_crime_types::case_id, case_crime_types::code))
            .load(conn)
            .await?,
    )?;
    let mut issues = group::<TermCode>(
        "cross-cutting issue",
        case_cross_cutting_issues::table
            .filter(case_cross_cutting_issues::case_id.eq_any(&ids))
            .select((
                case_cross_cutting_issues::case_id,
                case_cross_cutting_issues::code,
            ))
            .order((
                case_cross_cutting_issues::case_id,
                case_cross_cutting_issues::code,
            ))
            .load(conn)
            .await?,
    )?;
    let mut articles = group::<ArticleId>(
        "article",
        case_articles::table
            .filter(case_articles::case_id.eq_any(&ids))
            .select((case_articles::case_id, case_articles::article_id))
            .order((case_articles::case_id, case_articles::article_id))
            .load(conn)
            .await?,
    )?;
    let mut counterparts = group::<CountryCode>(
        "counterpart",
        case_counterparts::table
            .filter(case_counterparts::case_id.eq_any(&ids))
            .select((case_counterparts::case_id, case_counterparts::country))
            .order((case_counterparts::case_id, case_counterparts::country))
            .load(conn)
            .await?,
    )?;
    let party_rows: Vec<PartyRow> = case_parties::table
        .filter(case_parties::case_id.eq_any(&ids))
        .select(PartyRow::as_select())
        .order((case_parties::case_id, case_parties::ordinal))
        .load(conn)
        .await?;
    let mut parties: HashMap<Uuid, Vec<Party>> = HashMap::new();
    for p in party_rows {
        parties.entry(p.case_id).or_default().push(Party {
            role: parse("party role", &p.role)?,
            entity_type: parse("entity type", &p.entity_type)?,
            count: p.count,
            nationality: p
                .nationality
                .as_deref()
                .map(|n| parse("nationality", n))
                .transpose()?,
        });
    }
    let charge_rows: Vec<ChargeRow> = case_charges::table
        .filter(case_charges::case_id.eq_any(&ids))
        .select(ChargeRow::as_select())
        .order((case_charges::case_id, case_charges::ordinal))
        .load(conn)
        .await?;
    let mut charges: HashMap<Uuid, Vec<Charge>> = HashMap::new();
    for c in charge_rows {
        charges.entry(c.case_id).or_default().push(Charge {
            offence: c.offence,
            provision_id: c.provision_id,
            statute: c.statute,
            verdict: parse("verdict", &c.verdict)?,
            sentence: c.sentence,
        });
    }
    rows.into_iter()
        .map(|row| {
            Ok(Case {
                crime_types: crimes.remove(&row.id).unwrap_or_default(),
                cross_cutting_issues: issues.remove(&row.id).unwrap_or_default(),
                articles: articles.remove(&row.id).unwrap_or_default(),
                counterpart_countries: counterparts.remove(&row.id).unwrap_or_default(),
                parties: parties.remove(&row.id).unwrap_or_default(),
                charges: charges.remove(&row.id).unwrap_or_default(),
                cooperation_used: row
                    .cooperation_used
                    .iter()
                    .map(|c| parse("cooperation", c))
                    .collect::<QueryResult<_>>()?,
                id: row.id,
                reference: row.reference,
                title: texts("case title", row.title)?,
                original_language: parse("language", &row.original_language)?,
                country: parse("country", &row.country)?,
                court: row.court,
                decision_date: row.decision_date,
                decision_type: parse("decision type", &row.decision_type)?,
                summary: texts("case summary", row.summary)?,
                commentary: texts("case commentary", row.commentary)?,
                version: row.version,
                created_at: row.created_at,
                updated_at: row.updated_at,
            }
            .normalize())
        })
        .collect()
}
