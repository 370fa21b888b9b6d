//! `cna seed`: loads the reference data shipped in `seed-data/` (compiled into the binary): regions,
//! countries, instruments, competences and taxonomies, upserted, so that a newer `seed-data/`
//! updates a running instance. `cna seed --demo` also loads the fictional demo directory, laws,
//! cases and treaty participation, through the same pipeline as any import (validated as a POST is, each record with its
//! version, change-log row and audit entry, the history naming `seed`); a demo record whose id
//! exists already is left alone, so running it again, or after focal points edited a record,
//! changes nothing.

use anyhow::Context;
use chrono::NaiveDate;
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};
use serde::Deserialize;

use crate::db::{
    models::{
        self,
        competence::{CompetenceType, LegalBasis},
        country::Country,
        instrument::{Article, Instrument},
        region::Region,
        taxonomy::{Taxonomy, Term},
    },
    Conn, Pool,
};
use crate::domain::{case::Case, legislation::Law, treaty::TreatyParticipation, Authority};

pub(crate) const REGIONS: &str = include_str!("../../seed-data/regions.json");
pub(crate) const COUNTRIES: &str = include_str!("../../seed-data/countries.json");
pub(crate) const INSTRUMENTS: &str = include_str!("../../seed-data/instruments.json");
pub(crate) const COMPETENCES: &str = include_str!("../../seed-data/competences.json");
pub(crate) const CRIME_TYPES: &str = include_str!("../../seed-data/crime-types.json");
pub(crate) const CROSS_CUTTING_ISSUES: &str =
    include_str!("../../seed-data/cross-cutting-issues.json");
pub(crate) const DIRECTORY: &str = include_str!("../../seed-data/directory.json");
pub(crate) const LEGISLATION: &str = include_str!("../../seed-data/legislation.json");
pub(crate) const CASES: &str = include_str!("../../seed-data/cases.json");
pub(crate) const TREATIES: &str = include_str!("../../seed-data/treaties.json");
pub(crate) const OFFICIAL_LANGUAGES: &str = include_str!("../../seed-data/official-languages.json");

/// Who the history says created the demo records.
pub const SEED_ACTOR: &str = "seed";

/// What a seed run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SeedReport {
    pub regions: usize,
    pub countries: usize,
    pub instruments: usize,
    pub competences: usize,
    pub terms: usize,
    /// Demo records created and left alone (already present); `None` without `--demo`.
    pub demo: Option<crate::bulk::import::ImportReport>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionSeed {
    m49: String,
    level: String,
    parent: Option<String>,
    names: serde_json::Value,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountrySeed {
    iso3: String,
    iso2: String,
    m49: String,
    region: Option<String>,
    subregion: Option<String>,
    intermediate_region: Option<String>,
    names: serde_json::Value,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InstrumentSeed {
    code: String,
    kind: String,
    short_title: String,
    title: String,
    adopted_on: NaiveDate,
    url: Option<String>,
    articles: Vec<ArticleSeed>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleSeed {
    number: String,
    title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CompetenceSeed {
    code: String,
    labels: serde_json::Value,
    description: String,
    legal_bases: Vec<LegalBasisSeed>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LegalBasisSeed {
    citation: String,
    instrument: String,
    article: Option<String>,
    paragraph: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermSeed {
    code: String,
    labels: serde_json::Value,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DirectorySeed {
    authorities: Vec<serde_json::Value>,
}

/// The demo directory as authority documents at version 1. A seed record carries neither `version`
/// nor `updated_at`: it is at its first version, last changed when last confirmed (or created).
pub fn demo_authorities() -> anyhow::Result<Vec<Authority>> {
    let directory: DirectorySeed =
        serde_json::from_str(DIRECTORY).context("seed-data/directory.json")?;
    directory
        .authorities
        .into_iter()
        .enumerate()
        .map(|(i, mut value)| {
            let object = value
                .as_object_mut()
                .with_context(|| format!("directory.json authority {i} is not an object"))?;
            let updated_at = object
                .get("last_confirmed_at")
                .filter(|v| !v.is_null())
                .or_else(|| object.get("created_at"))
                .cloned()
                .unwrap_or_default();
            object.insert("version".into(), 1.into());
            object.insert("updated_at".into(), updated_at);
            serde_json::from_value(value).with_context(|| format!("directory.json authority {i}"))
        })
        .collect()
}

/// When demo legislation and cases were added: a fixed instant, so seeding is reproducible.
const DEMO_RECORDED_AT: &str = "2025-06-02T09:00:00Z";

/// Reads a list of records that carry neither `version` nor timestamps.
fn demo_records<T: serde::de::DeserializeOwned>(
    source: &str,
    key: &str,
    file: &str,
) -> anyhow::Result<Vec<T>> {
    let mut root: serde_json::Value = serde_json::from_str(source).context(file.to_owned())?;
    let items = root
        .get_mut(key)
        .and_then(|v| v.as_array_mut())
        .with_context(|| format!("{file} has no {key} array"))?;
    items
        .iter_mut()
        .enumerate()
        .map(|(i, item)| {
            let object = item
                .as_object_mut()
                .with_context(|| format!("{file} {key}[{i}] is not an object"))?;
            object.insert("version".into(), 1.into());
            object.insert("created_at".into(), DEMO_RECORDED_AT.into());
            object.insert("updated_at".into(), DEMO_RECORDED_AT.into());
            serde_json::from_value(item.take()).with_context(|| format!("{file} {key}[{i}]"))
        })
        .collect()
}

/// The demo laws, at version 1.
pub fn demo_laws() -> anyhow::Result<Vec<Law>> {
    Ok(demo_records(LEGISLATION, "laws", "legislation.json")?
        .into_iter()
        .map(Law::normalize)
        .collect())
}

/// The demo treaty participation, at version 1.
pub fn demo_treaties() -> anyhow::Result<Vec<TreatyParticipation>> {
    demo_records(TREATIES, "treaties", "treaties.json")
}

/// The demo cases, at version 1.
pub fn demo_cases() -> anyhow::Result<Vec<Case>> {
    Ok(demo_records(CASES, "cases", "cases.json")?
        .into_iter()
        .map(Case::normalize)
        .collect())
}

/// Loads the reference data in one transaction, then, with `demo`, the demo records.
pub async fn run(pool: &Pool, demo: bool) -> anyhow::Result<SeedReport> {
    let mut report = {
        let mut conn = pool.get().await?;
        conn.transaction::<_, anyhow::Error, _>(|conn| {
            async move { load(conn).await }.scope_boxed()
        })
        .await?
    };
    if demo {
        let lines = demo_lines()?;
        report.demo = Some(
            crate::bulk::import::import_as(pool, SEED_ACTOR, lines.as_bytes(), |_| {})
                .await
                .context("loading the demo directory")?,
        );
    }
    Ok(report)
}

/// The demo records as the lines of an import, laws before the cases that apply them, authorities
/// before the treaty participation that names them.
fn demo_lines() -> anyhow::Result<String> {
    let mut out = String::new();
    let mut push = |kind: &str, record: serde_json::Value| -> anyhow::Result<()> {
        let line = serde_json::json!({ "type": kind, "record": record });
        out.push_str(&serde_json::to_string(&line)?);
        out.push('\n');
        Ok(())
    };
    for authority in demo_authorities()? {
        push("authority", serde_json::to_value(authority)?)?;
    }
    for law in demo_laws()? {
        push("legislation", serde_json::to_value(law)?)?;
    }
    for case in demo_cases()? {
        push("case", serde_json::to_value(case)?)?;
    }
    for treaty in demo_treaties()? {
        push("treaty", serde_json::to_value(treaty)?)?;
    }
    Ok(out)
}

/// The codes of the reference data shipped in the binary, as `cna seed` loads them: what a code
/// parameter or member can name (the OpenAPI document lists them).
#[derive(Debug, Clone, Default)]
pub struct CodeLists {
    pub countries: Vec<String>,
    pub regions: Vec<String>,
    pub competences: Vec<String>,
    pub crime_types: Vec<String>,
    pub cross_cutting_issues: Vec<String>,
    /// `<instrument>-<number>`, as [`crate::domain::ArticleId`] writes them.
    pub articles: Vec<String>,
}

/// Reads [`CodeLists`] from the compiled `seed-data/`.
pub fn code_lists() -> anyhow::Result<CodeLists> {
    let mut regions: Vec<RegionSeed> = serde_json::from_str(REGIONS).context("regions.json")?;
    regions.sort_by(|a, b| a.m49.cmp(&b.m49));
    let countries: Vec<CountrySeed> = serde_json::from_str(COUNTRIES).context("countries.json")?;
    let instruments: Vec<InstrumentSeed> =
        serde_json::from_str(INSTRUMENTS).context("instruments.json")?;
    let competences: Vec<CompetenceSeed> =
        serde_json::from_str(COMPETENCES).context("competences.json")?;
    let terms = |source: &str, name: &str| -> anyhow::Result<Vec<String>> {
        let terms: Vec<TermSeed> = serde_json::from_str(source).context(name.to_owned())?;
        Ok(terms.into_iter().map(|t| t.code).collect())
    };
    Ok(CodeLists {
        countries: countries.into_iter().map(|c| c.iso3).collect(),
        regions: regions.into_iter().map(|r| r.m49).collect(),
        competences: competences.into_iter().map(|c| c.code).collect(),
        crime_types: terms(CRIME_TYPES, "crime-types.json")?,
        cross_cutting_issues: terms(CROSS_CUTTING_ISSUES, "cross-cutting-issues.json")?,
        articles: instruments
            .iter()
            .flat_map(|i| {
                i.articles
                    .iter()
                    .map(move |a| format!("{}-{}", i.code, a.number.to_ascii_lowercase()))
            })
            .collect(),
    })
}

async fn load(conn: &mut Conn) -> anyhow::Result<SeedReport> {
    let mut report = SeedReport::default();

    let mut regions: Vec<RegionSeed> = serde_json::from_str(REGIONS).context("regions.json")?;
    // Parents first: regions, then sub-regions, then intermediate regions.
    let depth = |level: &str| match level {
        "region" => 0,
        "subregion" => 1,
        _ => 2,
    };
    regions.sort_by_key(|r| (depth(&r.level), r.m49.clone()));
    let rows: Vec<Region> = regions
        .into_iter()
        .map(|r| Region {
            m49: r.m49,
            level: r.level,
            parent: r.parent,
            names: r.names,
        })
        .collect();
    models::region::upsert(conn, &rows)
        .await
        .context("loading regions")?;
    report.regions = rows.len();

    let countries: Vec<CountrySeed> = serde_json::from_str(COUNTRIES).context("countries.json")?;
    let mut official: std::collections::HashMap<String, Vec<String>> =
        serde_json::from_str(OFFICIAL_LANGUAGES).context("official-languages.json")?;
    let rows: Vec<Country> = countries
        .into_iter()
        .map(|c| Country {
            official_languages: official.remove(&c.iso3).unwrap_or_default(),
            iso3: c.iso3,
            iso2: c.iso2,
            m49: c.m49,
            region: c.region,
            subregion: c.subregion,
            intermediate_region: c.intermediate_region,
            names: c.names,
        })
        .collect();
    models::country::upsert(conn, &rows)
        .await
        .context("loading countries")?;
    report.countries = rows.len();

    let instruments: Vec<InstrumentSeed> =
        serde_json::from_str(INSTRUMENTS).context("instruments.json")?;
    for (ordinal, i) in instruments.into_iter().enumerate() {
        let articles: Vec<Article> = i
            .articles
            .iter()
            .enumerate()
            .map(|(n, a)| Article {
                id: format!("{}-{}", i.code, a.number),
                instrument_code: i.code.clone(),
                number: a.number.clone(),
                title: a.title.clone(),
                ordinal: n as i32,
            })
            .collect();
        let row = Instrument {
            code: i.code,
            kind: i.kind,
            short_title: i.short_title,
            title: i.title,
            adopted_on: i.adopted_on,
            url: i.url,
            ordinal: ordinal as i32,
        };
        models::instrument::upsert(conn, &row, &articles)
            .await
            .with_context(|| format!("loading instrument {}", row.code))?;
        report.instruments += 1;
    }

    let competences: Vec<CompetenceSeed> =
        serde_json::from_str(COMPETENCES).context("competences.json")?;
    for (ordinal, c) in competences.into_iter().enumerate() {
        let bases: Vec<LegalBasis> = c
            .legal_bases
            .iter()
            .enumerate()
            .map(|(n, b)| LegalBasis {
                competence_code: c.code.clone(),
                ordinal: n as i32,
                citation: b.citation.clone(),
                instrument_code: b.instrument.clone(),
                article_id: b.article.as_ref().map(|a| format!("{}-{a}", b.instrument)),
                paragraph: b.paragraph.clone(),
            })
            .collect();
        let row = CompetenceType {
            code: c.code,
            labels: c.labels,
            description: c.description,
            ordinal: ordinal as i32,
        };
        models::competence::upsert(conn, &row, &bases)
            .await
            .with_context(|| format!("loading competence {}", row.code))?;
        report.competences += 1;
    }

    for (taxonomy, source, name) in [
        (Taxonomy::CrimeTypes, CRIME_TYPES, "crime-types.json"),
        (
            Taxonomy::CrossCuttingIssues,
            CROSS_CUTTING_ISSUES,
            "cross-cutting-issues.json",
        ),
    ] {
        let terms: Vec<TermSeed> = serde_json::from_str(source).context(name)?;
        let rows: Vec<Term> = terms
            .into_iter()
            .enumerate()
            .map(|(ordinal, t)| Term {
                code: t.code,
                labels: t.labels,
                ordinal: ordinal as i32,
            })
            .collect();
        models::taxonomy::upsert(conn, taxonomy, &rows)
            .await
            .context(name)?;
        report.terms += rows.len();
    }

    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_demo_directory_parses_and_meets_its_brief() {
        let authorities = demo_authorities().unwrap();
        assert!(authorities.len() >= 150, "{}", authorities.len());
        let states: HashSet<_> = authorities.iter().map(|a| a.country.clone()).collect();
        assert!(states.len() >= 60, "{}", states.len());
        let ids: HashSet<_> = authorities.iter().map(|a| a.id).collect();
        assert_eq!(ids.len(), authorities.len(), "duplicate ids");
        let non_english_originals = authorities
            .iter()
            .filter(|a| {
                ["fr", "es", "ar", "ru", "zh"].contains(&a.original_language.as_str())
                    && a.names.keys().any(|l| l.as_str() == "en")
            })
            .count();
        assert!(non_english_originals >= 15, "{non_english_originals}");
    }
}
