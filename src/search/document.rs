//! What the index holds of each record: the public text only, by language, plus the facet values.
//! A law is indexed as one document per provision, carrying the law's title.

use std::collections::HashMap;

use crate::domain::{case::Case, legislation::Law, Authority};

/// The languages with an analyzer of their own; every other text goes to the neutral fields.
pub const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "es", "fr", "ru"];

/// One searchable document.
#[derive(Debug, Clone, PartialEq)]
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
    /// `(language, name)` pairs of the State's names.
    pub places: Vec<(String, String)>,
    /// `(language, label)` pairs of the record's competences, crime types and cross-cutting issues.
    pub tags: Vec<(String, String)>,
    /// `(language, text)` pairs of body text.
    pub bodies: Vec<(String, String)>,
    /// The UN M49 regions the country belongs to, from the widest.
    pub regions: Vec<String>,
    /// The `language` filter's languages: those an authority accepts requests in; those a law's or a
    /// case's texts are written in.
    pub languages: Vec<String>,
    pub competences: Vec<String>,
    pub crime_types: Vec<String>,
    pub cross_cutting: Vec<String>,
    pub articles: Vec<String>,
    /// Multiplies the score: below 1 for what is seldom the answer (a repealed law).
    pub weight: f64,
}

impl Default for SearchDoc {
    fn default() -> Self {
        SearchDoc {
            kind: "",
            id: String::new(),
            record: String::new(),
            country: String::new(),
            title: String::new(),
            language: String::new(),
            titles: Vec::new(),
            places: Vec::new(),
            tags: Vec::new(),
            bodies: Vec::new(),
            regions: Vec::new(),
            languages: Vec::new(),
            competences: Vec::new(),
            crime_types: Vec::new(),
            cross_cutting: Vec::new(),
            articles: Vec::new(),
            weight: 1.0,
        }
    }
}

/// The weight of a repealed law's provisions.
pub const REPEALED_WEIGHT: f64 = 0.5;

impl SearchDoc {
    /// The facet values of the document, as `(facet, value)`.
    pub fn facets(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        [("type", self.kind), ("country", self.country.as_str())]
            .into_iter()
            .chain(self.regions.iter().map(|v| ("region", v.as_str())))
            .chain(self.languages.iter().map(|v| ("language", v.as_str())))
            .chain(self.competences.iter().map(|v| ("competence", v.as_str())))
            .chain(self.crime_types.iter().map(|v| ("crime_type", v.as_str())))
            .chain(
                self.cross_cutting
                    .iter()
                    .map(|v| ("cross_cutting", v.as_str())),
            )
            .chain(self.articles.iter().map(|v| ("article", v.as_str())))
    }
}

/// What the index needs of a country: its names in the six UN languages and its regions.
#[derive(Debug, Clone, Default)]
pub struct CountryInfo {
    pub names: Vec<(String, String)>,
    pub regions: Vec<String>,
}

/// The reference data documents draw on: countries, and the labels of the codes records carry.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    /// By ISO3.
    pub countries: HashMap<String, CountryInfo>,
    /// Labels in the six UN languages by `(facet, code)`, for `competence`, `crime_type` and
    /// `cross_cutting`: a record tagged with a code is found by its label's words.
    pub labels: HashMap<(&'static str, String), Vec<(String, String)>>,
}

impl Reference {
    fn country(&self, iso3: &str) -> std::borrow::Cow<'_, CountryInfo> {
        self.countries
            .get(iso3)
            .map_or_else(Default::default, std::borrow::Cow::Borrowed)
    }

    /// The labels of `codes` of `facet`, as body texts.
    fn labels(&self, facet: &'static str, codes: &[String]) -> Vec<(String, String)> {
        codes
            .iter()
            .filter_map(|c| self.labels.get(&(facet, c.clone())))
            .flatten()
            .cloned()
            .collect()
    }
}

fn sorted(mut values: Vec<String>) -> Vec<String> {
    values.sort();
    values.dedup();
    values
}

fn languages_of<'a>(
    texts: impl IntoIterator<Item = &'a crate::domain::legislation::Texts>,
) -> Vec<String> {
    sorted(
        texts
            .into_iter()
            .flat_map(|t| t.keys().map(|l| l.as_str().to_owned()))
            .collect(),
    )
}

/// The key of a record: `<kind>:<id>`.
pub fn record_key(kind: &str, id: &uuid::Uuid) -> String {
    format!("{kind}:{id}")
}

/// An authority's public tier: names, acronym, country names, and its designations' texts.
pub fn authority(a: &Authority, reference: &Reference) -> SearchDoc {
    let place = reference.country(a.country.as_str());
    let mut titles: Vec<(String, String)> = a
        .names
        .iter()
        .map(|(l, n)| (l.as_str().to_owned(), n.clone()))
        .collect();
    if let Some(acronym) = &a.acronym {
        titles.push((a.original_language.as_str().to_owned(), acronym.clone()));
    }
    let mut bodies: Vec<(String, String)> = Vec::new();
    for d in &a.designations {
        for text in [&d.legal_requirements, &d.urgent_procedure, &d.scope_note]
            .into_iter()
            .flatten()
        {
            bodies.push(("en".into(), text.clone()));
        }
    }
    let competences = sorted(
        a.designations
            .iter()
            .map(|d| d.competence.as_str().to_owned())
            .collect(),
    );

    SearchDoc {
        kind: "authority",
        id: a.id.to_string(),
        record: record_key("authority", &a.id),
        country: a.country.as_str().to_owned(),
        title: a.display_name().to_owned(),
        language: a.original_language.as_str().to_owned(),
        titles,
        places: place.names.clone(),
        tags: reference.labels("competence", &competences),
        bodies,
        regions: place.regions.clone(),
        languages: sorted(
            a.designations
                .iter()
                .flat_map(|d| d.languages_accepted.iter().map(|l| l.as_str().to_owned()))
                .collect(),
        ),
        competences,
        ..SearchDoc::default()
    }
}

fn pairs(texts: &crate::domain::legislation::Texts) -> impl Iterator<Item = (String, String)> + '_ {
    texts
        .iter()
        .map(|(l, t)| (l.as_str().to_owned(), t.clone()))
}

fn codes<T: AsRef<str>>(values: &[T]) -> Vec<String> {
    sorted(values.iter().map(|v| v.as_ref().to_owned()).collect())
}

/// One document per provision of a law, carrying the law's title.
pub fn law(law: &Law, reference: &Reference) -> Vec<SearchDoc> {
    let place = reference.country(law.country.as_str());
    law.provisions
        .iter()
        .map(|p| {
            let titles = pairs(&law.title).chain(pairs(&p.heading)).collect();
            let crime_types = codes(&p.crime_types);
            let cross_cutting = codes(&p.cross_cutting_issues);
            let bodies = pairs(&p.text).collect();
            let mut tags = reference.labels("crime_type", &crime_types);
            tags.extend(reference.labels("cross_cutting", &cross_cutting));
            SearchDoc {
                kind: "legislation",
                id: p.id.to_string(),
                record: record_key("legislation", &law.id),
                country: law.country.as_str().to_owned(),
                title: format!("{}, {}", law.display_title(), p.number),
                language: law.original_language.as_str().to_owned(),
                titles,
                places: place.names.clone(),
                tags,
                bodies,
                regions: place.regions.clone(),
                languages: languages_of([&law.title, &p.heading, &p.text]),
                crime_types,
                cross_cutting,
                articles: codes(&p.articles),
                weight: if law.status == crate::domain::legislation::LawStatus::Repealed {
                    REPEALED_WEIGHT
                } else {
                    1.0
                },
                ..SearchDoc::default()
            }
        })
        .collect()
}

/// A case: title, summary, commentary, court.
pub fn case(c: &Case, reference: &Reference) -> SearchDoc {
    let place = reference.country(c.country.as_str());
    let titles = pairs(&c.title).collect();
    let mut bodies: Vec<(String, String)> = pairs(&c.summary).chain(pairs(&c.commentary)).collect();
    bodies.push((c.original_language.as_str().to_owned(), c.court.clone()));
    let crime_types = codes(&c.crime_types);
    let cross_cutting = codes(&c.cross_cutting_issues);
    let mut tags = reference.labels("crime_type", &crime_types);
    tags.extend(reference.labels("cross_cutting", &cross_cutting));
    SearchDoc {
        kind: "case",
        id: c.id.to_string(),
        record: record_key("case", &c.id),
        country: c.country.as_str().to_owned(),
        title: crate::domain::legislation::display(&c.title, &c.original_language).to_owned(),
        language: c.original_language.as_str().to_owned(),
        titles,
        places: place.names.clone(),
        tags,
        bodies,
        regions: place.regions.clone(),
        languages: languages_of([&c.title, &c.summary]),
        crime_types,
        cross_cutting,
        articles: codes(&c.articles),
        ..SearchDoc::default()
    }
}
