//! The legislation aggregate: a row in `laws`, its provisions, and each provision's crime types,
//! cross-cutting issues and instrument articles. Read and written together.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::{parse, subject::SubjectFilter, texts, to_json};
use crate::db::{
    schema::{
        case_charges, cases, laws, provision_articles, provision_crime_types,
        provision_cross_cutting_issues, provisions,
    },
    Conn,
};
use crate::domain::{
    legislation::{Law, LawStatus, Provision},
    ArticleId, CountryCode, TermCode,
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = laws)]
struct LawRow {
    id: Uuid,
    country: String,
    title: serde_json::Value,
    original_language: String,
    sort_title: String,
    #[diesel(column_name = type_)]
    law_type: String,
    enacted_on: Option<NaiveDate>,
    status: String,
    official_url: Option<String>,
    version: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = provisions)]
struct ProvisionRow {
    id: Uuid,
    law_id: Uuid,
    ordinal: i32,
    number: String,
    heading: serde_json::Value,
    text: serde_json::Value,
}

/// Filters of `GET /v1/legislation`; they combine with AND. A law matches a provision-level filter
/// (crime type, cross-cutting issue, article) when one of its provisions does.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct LawFilter {
    #[serde(flatten)]
    pub subject: SubjectFilter,
    pub enacted_from: Option<NaiveDate>,
    pub enacted_to: Option<NaiveDate>,
    pub status: Option<LawStatus>,
}

/// One page of laws in (country, id) order.
pub async fn list(
    conn: &mut Conn,
    filter: &LawFilter,
    after: Option<&(String, Uuid)>,
    limit: i64,
) -> QueryResult<Vec<Law>> {
    let mut query = laws::table
        .select(LawRow::as_select())
        .order((laws::country, laws::id))
        .limit(limit)
        .into_boxed();
    narrow_by_place!(
        query,
        laws,
        country: filter.subject.country.as_ref(),
        region: filter.subject.region.as_ref(),
        after: after.map(|(country, id)| (country.as_str(), *id)),
    );
    if let Some(code) = &filter.subject.crime_type {
        let matching = provisions::table
            .inner_join(provision_crime_types::table)
            .filter(provision_crime_types::code.eq(code.as_str().to_owned()))
            .select(provisions::law_id);
        query = query.filter(laws::id.eq_any(matching));
    }
    if let Some(code) = &filter.subject.cross_cutting {
        let matching = provisions::table
            .inner_join(provision_cross_cutting_issues::table)
            .filter(provision_cross_cutting_issues::code.eq(code.as_str().to_owned()))
            .select(provisions::law_id);
        query = query.filter(laws::id.eq_any(matching));
    }
    if let Some(article) = &filter.subject.article {
        let matching = provisions::table
            .inner_join(provision_articles::table)
            .filter(provision_articles::article_id.eq(article.as_str().to_owned()))
            .select(provisions::law_id);
        query = query.filter(laws::id.eq_any(matching));
    }
    if let Some(language) = &filter.subject.language {
        let lang = language.as_str().to_owned();
        let in_text = provisions::table
            .filter(provisions::text.has_key(lang.clone()))
            .select(provisions::law_id);
        query = query.filter(laws::title.has_key(lang).or(laws::id.eq_any(in_text)));
    }
    if let Some(from) = filter.enacted_from {
        query = query.filter(laws::enacted_on.ge(from));
    }
    if let Some(to) = filter.enacted_to {
        query = query.filter(laws::enacted_on.le(to));
    }
    if let Some(status) = filter.status {
        query = query.filter(laws::status.eq(status.as_str()));
    }
    let rows = query.load(conn).await?;
    assemble(conn, rows).await
}

/// The records with these ids that exist, in no particular order.
pub async fn find_many(conn: &mut Conn, ids: &[Uuid]) -> QueryResult<Vec<Law>> {
    let rows = laws::table
        .filter(laws::id.eq_any(ids))
        .select(LawRow::as_select())
        .load(conn)
        .await?;
    assemble(conn, rows).await
}

/// The law owning each of these provisions, with its country: `provision id -> (law id, country)`.
pub async fn provision_owners(
    conn: &mut Conn,
    ids: &[Uuid],
) -> QueryResult<HashMap<Uuid, (Uuid, String)>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Uuid, Uuid, String)> = provisions::table
        .inner_join(laws::table)
        .filter(provisions::id.eq_any(ids))
        .select((provisions::id, laws::id, laws::country))
        .load(conn)
        .await?;
    Ok(rows.into_iter().map(|(p, l, c)| (p, (l, c))).collect())
}

/// A provision as cited from a case: its law and number.
#[derive(Debug, Clone, Queryable)]
pub struct ProvisionRef {
    pub provision_id: Uuid,
    pub number: String,
    pub law_id: Uuid,
    pub law_title: serde_json::Value,
    pub original_language: String,
}

pub async fn provision_refs(conn: &mut Conn, ids: &[Uuid]) -> QueryResult<Vec<ProvisionRef>> {
    provisions::table
        .inner_join(laws::table)
        .filter(provisions::id.eq_any(ids))
        .select((
            provisions::id,
            provisions::number,
            laws::id,
            laws::title,
            laws::original_language,
        ))
        .load(conn)
        .await
}

/// The cases whose charges apply each of these provisions: `(provision id, case id, reference)`.
pub async fn cases_applying(
    conn: &mut Conn,
    provision_ids: &[Uuid],
) -> QueryResult<Vec<(Uuid, Uuid, String)>> {
    let rows: Vec<(Option<Uuid>, Uuid, String)> = case_charges::table
        .inner_join(cases::table)
        .filter(case_charges::provision_id.eq_any(provision_ids))
        .select((case_charges::provision_id, cases::id, cases::reference))
        .distinct()
        .order((case_charges::provision_id, cases::reference))
        .load(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(p, c, r)| p.map(|p| (p, c, r)))
        .collect())
}

/// Provisions of `country` implementing any of `articles`: `(law, provision id, number)`.
pub async fn implementing(
    conn: &mut Conn,
    country: &str,
    articles: &[String],
) -> QueryResult<Vec<(Uuid, serde_json::Value, String, Uuid, String, String)>> {
    provisions::table
        .inner_join(laws::table)
        .inner_join(provision_articles::table)
        .filter(laws::country.eq(country))
        .filter(provision_articles::article_id.eq_any(articles))
        .select((
            laws::id,
            laws::title,
            laws::original_language,
            provisions::id,
            provisions::number,
            provision_articles::article_id,
        ))
        .order((laws::id, provisions::ordinal))
        .load(conn)
        .await
}

/// Inserts whole new laws, a few statements for all of them.
pub async fn insert_many(conn: &mut Conn, all: &[Law]) -> QueryResult<()> {
    let rows = all.iter().map(law_row).collect::<QueryResult<Vec<_>>>()?;
    insert_rows!(conn, laws::table, rows);
    let provision_rows = all
        .iter()
        .flat_map(|law| {
            law.provisions
                .iter()
                .enumerate()
                .map(|(i, p)| provision_row(law.id, i, p))
        })
        .collect::<QueryResult<Vec<_>>>()?;
    insert_rows!(conn, provisions::table, provision_rows);
    insert_tags(conn, all).await
}

/// Replaces a law's document, within `scope` when given; false when no law in scope has the id.
pub async fn replace(conn: &mut Conn, law: &Law, scope: Option<&CountryCode>) -> QueryResult<bool> {
    let row = law_row(law)?;
    let mut update = diesel::update(laws::table)
        .filter(laws::id.eq(law.id))
        .into_boxed();
    if let Some(country) = scope {
        update = update.filter(laws::country.eq(country.as_str().to_owned()));
    }
    let updated = update
        .set((
            laws::title.eq(&row.title),
            laws::original_language.eq(&row.original_language),
            laws::sort_title.eq(&row.sort_title),
            laws::type_.eq(&row.law_type),
            laws::enacted_on.eq(row.enacted_on),
            laws::status.eq(&row.status),
            laws::official_url.eq(&row.official_url),
            laws::version.eq(row.version),
            laws::updated_at.eq(row.updated_at),
        ))
        .execute(conn)
        .await?;
    if updated != 1 {
        return Ok(false);
    }
    // Provisions keep their ids across updates so that charges keep pointing at them; those no
    // longer in the document are removed (charges citing them keep their text, lose the link).
    let keep: Vec<Uuid> = law.provisions.iter().map(|p| p.id).collect();
    diesel::delete(
        provisions::table
            .filter(provisions::law_id.eq(law.id))
            .filter(provisions::id.ne_all(&keep)),
    )
    .execute(conn)
    .await?;
    diesel::delete(
        provision_crime_types::table.filter(provision_crime_types::provision_id.eq_any(&keep)),
    )
    .execute(conn)
    .await?;
    diesel::delete(
        provision_cross_cutting_issues::table
            .filter(provision_cross_cutting_issues::provision_id.eq_any(&keep)),
    )
    .execute(conn)
    .await?;
    diesel::delete(
        provision_articles::table.filter(provision_articles::provision_id.eq_any(&keep)),
    )
    .execute(conn)
    .await?;
    // Ordinals are unique per law: move the kept rows out of the way first.
    diesel::update(provisions::table.filter(provisions::law_id.eq(law.id)))
        .set(provisions::ordinal.eq(provisions::ordinal + 100_000))
        .execute(conn)
        .await?;
    for (i, p) in law.provisions.iter().enumerate() {
        let row = provision_row(law.id, i, p)?;
        diesel::insert_into(provisions::table)
            .values(&row)
            .on_conflict(provisions::id)
            .do_update()
            .set((
                provisions::ordinal.eq(row.ordinal),
                provisions::number.eq(&row.number),
                provisions::heading.eq(&row.heading),
                provisions::text.eq(&row.text),
            ))
            .execute(conn)
            .await?;
    }
    insert_tags(conn, std::slice::from_ref(law)).await?;
    Ok(true)
}

/// Provision ids that exist but belong to another law (ids are global).
pub async fn provisions_of_other_laws(
    conn: &mut Conn,
    law_id: Uuid,
    ids: &[Uuid],
) -> QueryResult<Vec<Uuid>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    provisions::table
        .filter(provisions::id.eq_any(ids))
        .filter(provisions::law_id.ne(law_id))
        .select(provisions::id)
        .load(conn)
        .await
}

fn law_row(law: &Law) -> QueryResult<LawRow> {
    Ok(LawRow {
        id: law.id,
        country: law.country.as_str().to_owned(),
        title: to_json(&law.title)?,
        original_language: law.original_language.as_str().to_owned(),
        sort_title: law.display_title().to_owned(),
        law_type: law.law_type.as_str().to_owned(),
        enacted_on: law.enacted_on,
        status: law.status.as_str().to_owned(),
        official_url: law.official_url.clone(),
        version: law.version,
        created_at: law.created_at,
        updated_at: law.updated_at,
    })
}

fn provision_row(law_id: Uuid, ordinal: usize, p: &Provision) -> QueryResult<ProvisionRow> {
    Ok(ProvisionRow {
        id: p.id,
        law_id,
        ordinal: ordinal as i32,
        number: p.number.clone(),
        heading: to_json(&p.heading)?,
        text: to_json(&p.text)?,
    })
}

async fn insert_tags(conn: &mut Conn, laws: &[Law]) -> QueryResult<()> {
    let mut crimes = Vec::new();
    let mut issues = Vec::new();
    let mut articles = Vec::new();
    for p in laws.iter().flat_map(|law| &law.provisions) {
        for c in &p.crime_types {
            crimes.push((
                provision_crime_types::provision_id.eq(p.id),
                provision_crime_types::code.eq(c.as_str().to_owned()),
            ));
        }
        for c in &p.cross_cutting_issues {
            issues.push((
                provision_cross_cutting_issues::provision_id.eq(p.id),
                provision_cross_cutting_issues::code.eq(c.as_str().to_owned()),
            ));
        }
        for a in &p.articles {
            articles.push((
                provision_articles::provision_id.eq(p.id),
                provision_articles::article_id.eq(a.as_str().to_owned()),
            ));
        }
    }
    insert_rows!(conn, provision_crime_types::table, crimes);
    insert_rows!(conn, provision_cross_cutting_issues::table, issues);
    insert_rows!(conn, provision_articles::table, articles);
    Ok(())
}

async fn assemble(conn: &mut Conn, rows: Vec<LawRow>) -> QueryResult<Vec<Law>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let provision_rows: Vec<ProvisionRow> = provisions::table
        .filter(provisions::law_id.eq_any(&ids))
        .select(ProvisionRow::as_select())
        .order((provisions::law_id, provisions::ordinal))
        .load(conn)
        .await?;
    let provision_ids: Vec<Uuid> = provision_rows.iter().map(|p| p.id).collect();
    let mut crimes: HashMap<Uuid, Vec<TermCode>> = HashMap::new();
    let rows_c: Vec<(Uuid, String)> = provision_crime_types::table
        .filter(provision_crime_types::provision_id.eq_any(&provision_ids))
        .select((
            provision_crime_types::provision_id,
            provision_crime_types::code,
        ))
        .order((
            provision_crime_types::provision_id,
            provision_crime_types::code,
        ))
        .load(conn)
        .await?;
    for (id, code) in rows_c {
        crimes
            .entry(id)
            .or_default()
            .push(parse("crime type", &code)?);
    }
    let mut issues: HashMap<Uuid, Vec<TermCode>> = HashMap::new();
    let rows_i: Vec<(Uuid, String)> = provision_cross_cutting_issues::table
        .filter(provision_cross_cutting_issues::provision_id.eq_any(&provision_ids))
        .select((
            provision_cross_cutting_issues::provision_id,
            provision_cross_cutting_issues::code,
        ))
        .order((
            provision_cross_cutting_issues::provision_id,
            provision_cross_cutting_issues::code,
        ))
        .load(conn)
        .await?;
    for (id, code) in rows_i {
        issues
            .entry(id)
            .or_default()
            .push(parse("cross-cutting issue", &code)?);
    }
    let mut articles: HashMap<Uuid, Vec<ArticleId>> = HashMap::new();
    let rows_a: Vec<(Uuid, String)> = provision_articles::table
        .filter(provision_articles::provision_id.eq_any(&provision_ids))
        .select((
            provision_articles::provision_id,
            provision_articles::article_id,
        ))
        .order((
            provision_articles::provision_id,
            provision_articles::article_id,
        ))
        .load(conn)
        .await?;
    for (id, code) in rows_a {
        articles
            .entry(id)
            .or_default()
            .push(parse("article", &code)?);
    }
    let mut by_law: HashMap<Uuid, Vec<Provision>> = HashMap::new();
    for p in provision_rows {
        by_law.entry(p.law_id).or_default().push(Provision {
            id: p.id,
            number: p.number,
            heading: texts("provision heading", p.heading)?,
            text: texts("provision text", p.text)?,
            crime_types: crimes.remove(&p.id).unwrap_or_default(),
            cross_cutting_issues: issues.remove(&p.id).unwrap_or_default(),
            articles: articles.remove(&p.id).unwrap_or_default(),
        });
    }
    rows.into_iter()
        .map(|row| {
            Ok(Law {
                provisions: by_law.remove(&row.id).unwrap_or_default(),
                id: row.id,
                country: parse("country", &row.country)?,
                title: texts("law title", row.title)?,
                original_language: parse("language", &row.original_language)?,
                law_type: parse("law type", &row.law_type)?,
                enacted_on: row.enacted_on,
                status: parse("law status", &row.status)?,
                official_url: row.official_url,
                version: row.version,
                created_at: row.created_at,
                updated_at: row.updated_at,
            }
            .normalize())
        })
        .collect()
}
