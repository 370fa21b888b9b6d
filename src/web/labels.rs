//! Names of the reference data in the interface language: countries, competences, crime types,
//! cross-cutting issues (from the database, as `cna seed` loaded them) and languages (CLDR names
//! compiled in from `seed-data/languages.json`). Read once and kept for a minute, so a page costs
//! no reference query.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, RwLock};
use std::time::{Duration, Instant};

use unicode_normalization::UnicodeNormalization;

use super::i18n::Lang;
use crate::db::{models, Pool};
use crate::error::ApiError;

/// How long labels read from the database are reused.
const FRESH_FOR: Duration = Duration::from_secs(60);

/// A code and its name in each interface language, in the order of [`Lang::ALL`].
#[derive(Debug, Clone)]
pub struct Labelled {
    pub code: String,
    names: [String; 6],
}

impl Labelled {
    fn from_json(code: String, names: &serde_json::Value) -> Self {
        let english = names["en"].as_str().unwrap_or(&code).to_owned();
        let names = Lang::ALL.map(|lang| {
            names[lang.code()]
                .as_str()
                .filter(|n| !n.is_empty())
                .map(str::to_owned)
                .unwrap_or_else(|| english.clone())
        });
        Labelled { code, names }
    }

    pub fn name(&self, lang: Lang) -> &str {
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(2);
        &self.names[i]
    }
}

/// Every label the pages show.
#[derive(Debug)]
pub struct Labels {
    pub countries: Vec<Labelled>,
    pub competences: Vec<Labelled>,
    pub crime_types: Vec<Labelled>,
    pub cross_cutting: Vec<Labelled>,
    by_code: HashMap<(Kind, String), usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Country,
    Competence,
    CrimeType,
    CrossCutting,
}

static LANGUAGES: LazyLock<HashMap<String, Labelled>> = LazyLock::new(|| {
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../../seed-data/languages.json")).unwrap_or_default();
    rows.into_iter()
        .filter_map(|row| {
            let code = row["code"].as_str()?.to_owned();
            Some((code.clone(), Labelled::from_json(code, &row["names"])))
        })
        .collect()
});

static CACHE: RwLock<Option<(Instant, Arc<Labels>)>> = RwLock::new(None);

/// The labels, read from the database when the kept ones are over a minute old.
pub async fn get(pool: &Pool) -> Result<Arc<Labels>, ApiError> {
    if let Ok(guard) = CACHE.read() {
        if let Some((at, labels)) = guard.as_ref() {
            if at.elapsed() < FRESH_FOR {
                return Ok(Arc::clone(labels));
            }
        }
    }
    let mut conn = pool.get().await?;
    let countries = models::country::list(&mut conn, None, None, 1000)
        .await?
        .into_iter()
        .map(|c| Labelled::from_json(c.iso3, &c.names))
        .collect();
    let competences = models::competence::list(&mut conn)
        .await?
        .into_iter()
        .map(|(c, _)| Labelled::from_json(c.code, &c.labels))
        .collect();
    let term = |t: models::taxonomy::Term| Labelled::from_json(t.code, &t.labels);
    let crime_types = models::taxonomy::list(&mut conn, models::taxonomy::Taxonomy::CrimeTypes)
        .await?
        .into_iter()
        .map(term)
        .collect();
    let cross_cutting =
        models::taxonomy::list(&mut conn, models::taxonomy::Taxonomy::CrossCuttingIssues)
            .await?
            .into_iter()
            .map(term)
            .collect();
    let labels = Arc::new(Labels::new(
        countries,
        competences,
        crime_types,
        cross_cutting,
    ));
    if let Ok(mut guard) = CACHE.write() {
        *guard = Some((Instant::now(), Arc::clone(&labels)));
    }
    Ok(labels)
}

/// Lower case, without accents or surrounding space: how typed names are compared.
pub fn folded(text: &str) -> String {
    text.trim()
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

impl Labels {
    fn new(
        countries: Vec<Labelled>,
        competences: Vec<Labelled>,
        crime_types: Vec<Labelled>,
        cross_cutting: Vec<Labelled>,
    ) -> Self {
        let mut by_code = HashMap::new();
        for (kind, list) in [
            (Kind::Country, &countries),
            (Kind::Competence, &competences),
            (Kind::CrimeType, &crime_types),
            (Kind::CrossCutting, &cross_cutting),
        ] {
            for (i, l) in list.iter().enumerate() {
                by_code.insert((kind, l.code.clone()), i);
            }
        }
        Labels {
            countries,
            competences,
            crime_types,
            cross_cutting,
            by_code,
        }
    }

    fn name<'a>(&'a self, kind: Kind, list: &'a [Labelled], code: &'a str, lang: Lang) -> &'a str {
        self.by_code
            .get(&(kind, code.to_owned()))
            .and_then(|i| list.get(*i))
            .map(|l| l.name(lang))
            .unwrap_or(code)
    }

    pub fn country<'a>(&'a self, code: &'a str, lang: Lang) -> &'a str {
        self.name(Kind::Country, &self.countries, code, lang)
    }

    pub fn competence<'a>(&'a self, code: &'a str, lang: Lang) -> &'a str {
        self.name(Kind::Competence, &self.competences, code, lang)
    }

    pub fn crime_type<'a>(&'a self, code: &'a str, lang: Lang) -> &'a str {
        self.name(Kind::CrimeType, &self.crime_types, code, lang)
    }

    pub fn cross_cutting<'a>(&'a self, code: &'a str, lang: Lang) -> &'a str {
        self.name(Kind::CrossCutting, &self.cross_cutting, code, lang)
    }

    pub fn is_competence(&self, code: &str) -> bool {
        self.by_code
            .contains_key(&(Kind::Competence, code.to_owned()))
    }

    /// The countries sorted by their name in `lang`.
    pub fn countries_by_name(&self, lang: Lang) -> Vec<&Labelled> {
        let mut all: Vec<&Labelled> = self.countries.iter().collect();
        all.sort_by_cached_key(|c| folded(c.name(lang)));
        all
    }

    /// The country a practitioner typed: its alpha-3 code, or its name in any of the six
    /// languages, without regard to case or accents.
    pub fn find_country(&self, typed: &str) -> Option<&Labelled> {
        let code = typed.trim().to_ascii_uppercase();
        if let Some(i) = self.by_code.get(&(Kind::Country, code)) {
            return self.countries.get(*i);
        }
        let typed = folded(typed);
        if typed.is_empty() {
            return None;
        }
        self.countries
            .iter()
            .find(|c| c.names.iter().any(|n| folded(n) == typed))
    }
}

/// A language's name in `lang` (CLDR), or its code when the code is not ISO 639-1.
pub fn language(code: &str, lang: Lang) -> String {
    LANGUAGES
        .get(code)
        .map(|l| l.name(lang).to_owned())
        .unwrap_or_else(|| code.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_accepted_language_code_has_a_name_in_each_interface_language() {
        for code in crate::domain::ISO_639_1 {
            let entry = LANGUAGES.get(*code).unwrap_or_else(|| panic!("{code}"));
            for lang in Lang::ALL {
                assert!(!entry.name(lang).is_empty(), "{code} in {}", lang.code());
            }
        }
        assert_eq!(language("fr", Lang::Fr), "français");
    }

    #[test]
    fn typed_country_names_are_found_in_any_language() {
        let names = serde_json::json!({"ar": "فرنسا", "zh": "法国", "en": "France", "es": "Francia", "fr": "France", "ru": "Франция"});
        let peru = serde_json::json!({"en": "Peru", "es": "Perú", "fr": "Pérou"});
        let labels = Labels::new(
            vec![
                Labelled::from_json("FRA".into(), &names),
                Labelled::from_json("PER".into(), &peru),
            ],
            vec![],
            vec![],
            vec![],
        );
        for typed in ["fra", " france ", "法国", "франция", "فرنسا", "FRANCIA"] {
            assert_eq!(labels.find_country(typed).unwrap().code, "FRA", "{typed}");
        }
        assert_eq!(labels.find_country("perou").unwrap().code, "PER");
        assert_eq!(labels.country("PER", Lang::Zh), "Peru");
        assert!(labels.find_country("").is_none());
        assert!(labels.find_country("Atlantis").is_none());
    }
}
