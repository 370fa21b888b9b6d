//! What the index holds of each record: the public text only, by language, plus the facet values.
//! A law is indexed as one document per provision, carrying the law's title.

use std::collections::HashMap;

use crate::domain::{case::Case, legislation::Law, Authority};

/// The languages with an analyzer of their own; every other text goes to the neutral fields.
pub const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "es", "fr", "ru"];

/// One searchable document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchDoc {
    /// `authority`, `legislation` or `case`.
    pub kind: &'static str,
    /// The id of the hit: the authority, the provision or the case.
    pub id: String,
    /// The record the document comes from (a provision's law), for replacing and deleting.
    pub record: String,
    pub country: String,
    /// Display title.
    pub title: String,
    /// The language of the original text.
    pub language: String,
    /// `(language, text)` pairs weighted as titles.
    pub titles: Vec<(String, String)>,
    /// `(language, text)` pairs of body text.
    pub bodies: Vec<(String, String)>,
    pub competences: Vec<String>,
    pub crime_types: Vec<String>,
    pub cross_cutting: Vec<String>,
    pub articles: Vec<String>,
}

/// Country names by ISO3, in the six UN languages.
pub type CountryNames = HashMap<String, Vec<(String, String)>>;

/// The key of a record: `<kind>:<id>`.
pub fn record_key(kind: &str, id: &uuid::Uuid) -> String {
    format!("{kind}:{id}")
}

/// An authority's public tier: names, acronym, country names, and its designations' texts.
pub fn authority(a: &Authority, countries: &CountryNames) -> SearchDoc {
    let mut titles: Vec<(String, String)> = a
        .names
        .iter()
        .map(|(l, n)| (l.as_str().to_owned(), n.clone()))
        .collect();
    if let Some(acronym) = &a.acronym {
        titles.push((a.original_language.as_str().to_owned(), acronym.clone()));
    }
    let mut bodies: Vec<(String, String)> = countries
        .get(a.country.as_str())
        .cloned()
        .unwrap_or_default();
    for d in &a.designations {
        for text in [&d.legal_requirements, &d.urgent_procedure, &d.scope_note]
            .into_iter()
            .flatten()
        {
            bodies.push(("en".into(), text.clone()));
        }
    }
    SearchDoc {
        kind: "authority",
        id: a.id.to_string(),
        record: record_key("authority", &a.id),
        country: a.country.as_str().to_owned(),
        title: a.display_name().to_owned(),
        language: a.original_language.as_str().to_owned(),
        titles,
        bodies,
        competences: a
            .designations
            .iter()
            .map(|d| d.competence.as_str().to_owned())
            .collect(),
        ..SearchDoc::default()
    }
}

/// One document per provision of a law.
pub fn law(law: &Law, countries: &CountryNames) -> Vec<SearchDoc> {
    law.provisions
        .iter()
        .map(|p| {
            let mut titles: Vec<(String, String)> = law
                .title
                .iter()
                .map(|(l, t)| (l.as_str().to_owned(), t.clone()))
                .collect();
            titles.extend(
                p.heading
                    .iter()
                    .map(|(l, t)| (l.as_str().to_owned(), t.clone())),
            );
            let mut bodies: Vec<(String, String)> = p
                .text
                .iter()
                .map(|(l, t)| (l.as_str().to_owned(), t.clone()))
                .collect();
            bodies.extend(
                countries
                    .get(law.country.as_str())
                    .cloned()
                    .unwrap_or_default(),
            );
            SearchDoc {
                kind: "legislation",
                id: p.id.to_string(),
                record: record_key("legislation", &law.id),
                country: law.country.as_str().to_owned(),
                title: format!("{}, {}", law.display_title(), p.number),
                language: law.original_language.as_str().to_owned(),
                titles,
                bodies,
                crime_types: p
                    .crime_types
                    .iter()
                    .map(|c| c.as_str().to_owned())
                    .collect(),
                cross_cutting: p
                    .cross_cutting_issues
                    .iter()
                    .map(|c| c.as_str().to_owned())
                    .collect(),
                articles: p.articles.iter().map(|a| a.as_str().to_owned()).collect(),
                ..SearchDoc::default()
            }
        })
        .collect()
}

/// A case: title, summary, commentary, court.
pub fn case(c: &Case, countries: &CountryNames) -> SearchDoc {
    let titles: Vec<(String, String)> = c
        .title
        .iter()
        .map(|(l, t)| (l.as_str().to_owned(), t.clone()))
        .collect();
    let mut bodies: Vec<(String, String)> = c
        .summary
        .iter()
        .chain(c.commentary.iter())
        .map(|(l, t)| (l.as_str().to_owned(), t.clone()))
        .collect();
    bodies.push((c.original_language.as_str().to_owned(), c.court.clone()));
    bodies.extend(
        countries
            .get(c.country.as_str())
            .cloned()
            .unwrap_or_default(),
    );
    SearchDoc {
        kind: "case",
        id: c.id.to_string(),
        record: record_key("case", &c.id),
        country: c.country.as_str().to_owned(),
        title: crate::domain::legislation::display(&c.title, &c.original_language).to_owned(),
        language: c.original_language.as_str().to_owned(),
        titles,
        bodies,
        crime_types: c
            .crime_types
            .iter()
            .map(|t| t.as_str().to_owned())
            .collect(),
        cross_cutting: c
            .cross_cutting_issues
            .iter()
            .map(|t| t.as_str().to_owned())
            .collect(),
        articles: c.articles.iter().map(|a| a.as_str().to_owned()).collect(),
        ..SearchDoc::default()
    }
}
