//! Legislation: a law with its provisions, the aggregate written and versioned as one document.
//! Legislation is public: every member is in every answer.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::{text_enum, ArticleId, CountryCode, LanguageCode, TermCode};

/// Texts by ISO 639-1 language code.
pub type Texts = BTreeMap<LanguageCode, String>;

text_enum! {
    /// What kind of instrument of national law.
    LawType {
        Code => "code",
        Act => "act",
        Decree => "decree",
        Regulation => "regulation",
        Constitution => "constitution",
        Other => "other",
    }
}

text_enum! {
    /// Whether the law applies today.
    LawStatus {
        InForce => "in_force",
        Amended => "amended",
        Repealed => "repealed",
    }
}

/// A provision (article, section) of a law.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    pub id: Uuid,
    /// As the law numbers it, e.g. `324-1` or `12(3)`.
    pub number: String,
    /// Heading by language; may be empty.
    #[schema(value_type = BTreeMap<String, String>)]
    pub heading: Texts,
    /// Text by language, at least one.
    #[schema(value_type = BTreeMap<String, String>)]
    pub text: Texts,
    pub crime_types: Vec<TermCode>,
    pub cross_cutting_issues: Vec<TermCode>,
    /// Instrument articles the provision implements, e.g. `UNTOC-18`.
    pub articles: Vec<ArticleId>,
}

/// A law and its provisions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Law {
    pub id: Uuid,
    pub country: CountryCode,
    /// Title by language: in its own language and in English.
    #[schema(value_type = BTreeMap<String, String>)]
    pub title: Texts,
    pub original_language: LanguageCode,
    #[serde(rename = "type")]
    pub law_type: LawType,
    pub enacted_on: Option<NaiveDate>,
    pub status: LawStatus,
    pub official_url: Option<String>,
    pub provisions: Vec<Provision>,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Sorts a set held as a list and drops repeats: the one order it is stored, read and shown in.
pub fn normalize_set<T: Ord>(set: &mut Vec<T>) {
    set.sort();
    set.dedup();
}

impl Provision {
    /// Its tag and article sets in their one order (see [`normalize_set`]).
    pub fn normalize(&mut self) {
        normalize_set(&mut self.crime_types);
        normalize_set(&mut self.cross_cutting_issues);
        normalize_set(&mut self.articles);
    }
}

impl Law {
    /// Every provision's sets in their one order, so that the document kept in the history and sent
    /// to partners is the one a read returns.
    pub fn normalize(mut self) -> Self {
        self.provisions.iter_mut().for_each(Provision::normalize);
        self
    }

    /// English title if given, else the original one.
    pub fn display_title(&self) -> &str {
        display(&self.title, &self.original_language)
    }
}

/// The English text if given, else the original language's, else any.
pub fn display<'a>(texts: &'a Texts, original: &LanguageCode) -> &'a str {
    texts
        .iter()
        .find(|(lang, _)| lang.as_str() == "en")
        .map(|(_, t)| t)
        .or_else(|| texts.get(original))
        .or_else(|| texts.values().next())
        .map(String::as_str)
        .unwrap_or_default()
}
