//! The body of `POST /v1/legislation` and `PUT /v1/legislation/{id}`. Server-owned members (`id`,
//! `version`, timestamps, each provision's `cases`) are ignored when a body carries them. A provision
//! sent with its `id` keeps it (and the cases applying it); one without gets a new id.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::{Check, Ignored, Input};
use crate::directory::legislation::LawDraft;
use crate::domain::dates;
use crate::domain::{
    contact_details,
    legislation::{LawStatus, LawType, Provision},
    ArticleId, CountryCode, LanguageCode, TermCode,
};
const MAX_PROVISIONS: usize = 500;

/// A provision as written.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProvisionInput {
    /// Keep an existing provision's id; omit for a new provision.
    pub id: Option<Uuid>,
    pub number: String,
    #[serde(default)]
    pub heading: BTreeMap<String, String>,
    pub text: BTreeMap<String, String>,
    #[serde(default)]
    pub crime_types: Vec<String>,
    #[serde(default)]
    pub cross_cutting_issues: Vec<String>,
    #[serde(default)]
    pub articles: Vec<String>,
    /// The cases applying the provision (see `GET /v1/legislation/{id}`).
    #[serde(default)]
    #[schema(read_only, value_type = Option<Vec<Object>>)]
    pub cases: Ignored,
}

/// A law as written by a focal point or an administrator.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LawInput {
    /// Required from administrators on create; focal points may omit it. It can never change.
    pub country: Option<String>,
    pub title: BTreeMap<String, String>,
    pub original_language: String,
    #[serde(rename = "type")]
    pub law_type: LawType,
    pub enacted_on: Option<NaiveDate>,
    pub status: LawStatus,
    pub official_url: Option<String>,
    pub provisions: Vec<ProvisionInput>,
    #[serde(default)]
    #[schema(read_only, value_type = Option<Uuid>)]
    pub id: Ignored,
    #[serde(default)]
    #[schema(read_only, value_type = Option<i64>)]
    pub version: Ignored,
    #[serde(default)]
    #[schema(read_only, value_type = Option<chrono::DateTime<chrono::Utc>>)]
    pub created_at: Ignored,
    #[serde(default)]
    #[schema(read_only, value_type = Option<chrono::DateTime<chrono::Utc>>)]
    pub updated_at: Ignored,
}

impl Input for LawInput {
    type Draft = LawDraft;

    fn parse(self, check: &mut Check) -> LawDraft {
        let country = self
            .country
            .and_then(|c| check.value("country", CountryCode::parse(&c)));
        let original_language = check.value(
            "original_language",
            LanguageCode::parse(&self.original_language),
        );
        let title = check.texts("title", self.title, 1000);
        if let Some(original) = &original_language {
            if check.clean("title") && !title.contains_key(original) {
                check.fail(
                    "title",
                    format!("must include the title in the original language ({original})"),
                );
            }
        }
        let official_url = self
            .official_url
            .filter(|u| !u.trim().is_empty())
            .and_then(|u| check.value("official_url", contact_details::web_address(&u)));
        if self.provisions.len() > MAX_PROVISIONS {
            check.fail("provisions", format!("at most {MAX_PROVISIONS} provisions"));
        }
        let mut provisions = Vec::new();
        for (i, p) in self.provisions.into_iter().enumerate() {
            let path = format!("provisions[{i}]");
            let number = check.value(
                format!("{path}.number"),
                contact_details::text(&p.number, 50),
            );
            let heading = check.texts(&format!("{path}.heading"), p.heading, 1000);
            let text = check.texts(&format!("{path}.text"), p.text, 50_000);
            if text.is_empty() && check.clean(&format!("{path}.text")) {
                check.fail(
                    format!("{path}.text"),
                    "give the text in at least one language",
                );
            }
            let crime_types = check.list(
                &format!("{path}.crime_types"),
                p.crime_types,
                15,
                TermCode::parse,
            );
            let cross_cutting_issues = check.list(
                &format!("{path}.cross_cutting_issues"),
                p.cross_cutting_issues,
                20,
                TermCode::parse,
            );
            let articles = check.list(
                &format!("{path}.articles"),
                p.articles,
                20,
                ArticleId::parse,
            );
            if let Some(number) = number {
                provisions.push((
                    p.id,
                    Provision {
                        id: p.id.unwrap_or_default(),
                        number,
                        heading,
                        text,
                        crime_types,
                        cross_cutting_issues,
                        articles,
                    },
                ));
            }
        }
        if let Some(enacted_on) = self.enacted_on {
            check.value("enacted_on", dates::in_the_past(enacted_on));
        }
        LawDraft {
            country,
            title,
            original_language: original_language.unwrap_or_else(LanguageCode::placeholder),
            law_type: self.law_type,
            enacted_on: self.enacted_on,
            status: self.status,
            official_url,
            provisions,
        }
    }
}
