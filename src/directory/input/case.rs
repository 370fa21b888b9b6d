//! The body of `POST /v1/cases` and `PUT /v1/cases/{id}`. Server-owned members (`id`, `version`,
//! timestamps, `provisions_applied`) are ignored when a body carries them.

use std::collections::BTreeMap;

use chrono::{NaiveDate, Utc};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::{Check, Ignored, Input};
use crate::domain::dates;
use crate::domain::{
    case::{Case, Charge, Cooperation, DecisionType, EntityType, Party, PartyRole, Verdict},
    contact_details, ArticleId, CountryCode, LanguageCode, TermCode,
};

/// A group of parties (never a person's name).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PartyInput {
    pub role: PartyRole,
    pub entity_type: EntityType,
    pub count: i32,
    pub nationality: Option<String>,
}

/// A charge.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ChargeInput {
    pub offence: String,
    pub provision_id: Option<Uuid>,
    pub statute: Option<String>,
    pub verdict: Verdict,
    pub sentence: Option<String>,
}

/// A case as written by a focal point or an administrator.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseInput {
    /// Required from administrators on create; focal points may omit it. It can never change.
    pub country: Option<String>,
    pub reference: String,
    pub title: BTreeMap<String, String>,
    pub original_language: String,
    pub court: String,
    pub decision_date: NaiveDate,
    pub decision_type: DecisionType,
    pub crime_types: Vec<String>,
    #[serde(default)]
    pub cross_cutting_issues: Vec<String>,
    #[serde(default)]
    pub articles: Vec<String>,
    pub summary: BTreeMap<String, String>,
    #[serde(default)]
    pub commentary: BTreeMap<String, String>,
    #[serde(default)]
    pub cooperation_used: Vec<Cooperation>,
    #[serde(default)]
    pub counterpart_countries: Vec<String>,
    #[serde(default)]
    pub parties: Vec<PartyInput>,
    #[serde(default)]
    pub charges: Vec<ChargeInput>,
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
    /// The provisions the charges apply (see `GET /v1/cases/{id}`).
    #[serde(default)]
    #[schema(read_only, value_type = Option<Vec<Object>>)]
    pub provisions_applied: Ignored,
}

impl Input for CaseInput {
    /// The parsed case (with a nil id, version 0 and placeholder timestamps, which the write sets)
    /// and the country the body named.
    type Draft = (Case, Option<CountryCode>);

    fn parse(self, check: &mut Check) -> (Case, Option<CountryCode>) {
        let country = self
            .country
            .and_then(|c| check.value("country", CountryCode::parse(&c)));
        let reference = check.value("reference", contact_details::text(&self.reference, 200));
        let original_language = check.value(
            "original_language",
            LanguageCode::parse(&self.original_language),
        );
        let title = check.texts("title", self.title, 1000);
        let summary = check.texts("summary", self.summary, 20_000);
        let commentary = check.texts("commentary", self.commentary, 50_000);
        if let Some(original) = &original_language {
            for (name, texts) in [("title", &title), ("summary", &summary)] {
                if check.clean(name) && !texts.contains_key(original) {
                    check.fail(
                        name,
                        format!("must include the {name} in the original language ({original})"),
                    );
                }
            }
        }
        let court = check.value("court", contact_details::text(&self.court, 300));
        check.value("decision_date", dates::in_the_past(self.decision_date));
        if self.crime_types.is_empty() {
            check.fail("crime_types", "name at least one crime type");
        }
        let crime_types = check.list("crime_types", self.crime_types, 15, TermCode::parse);
        let cross_cutting_issues = check.list(
            "cross_cutting_issues",
            self.cross_cutting_issues,
            20,
            TermCode::parse,
        );
        let articles = check.list("articles", self.articles, 30, ArticleId::parse);
        let counterpart_countries = check.list(
            "counterpart_countries",
            self.counterpart_countries,
            50,
            CountryCode::parse,
        );
        for (i, country) in counterpart_countries.iter().enumerate() {
            if counterpart_countries[..i].contains(country) {
                check.fail(
                    format!("counterpart_countries[{i}]"),
                    format!("{country} is listed twice"),
                );
            }
        }
        if self.parties.len() > 50 {
            check.fail("parties", "at most 50 groups of parties");
        }
        let mut parties = Vec::new();
        for (i, p) in self.parties.into_iter().enumerate() {
            if !(1..=100_000).contains(&p.count) {
                check.fail(format!("parties[{i}].count"), "must be from 1 to 100000");
            }
            let nationality = p
                .nationality
                .filter(|n| !n.trim().is_empty())
                .and_then(|n| {
                    check.value(format!("parties[{i}].nationality"), CountryCode::parse(&n))
                });
            parties.push(Party {
                role: p.role,
                entity_type: p.entity_type,
                count: p.count,
                nationality,
            });
        }
        if self.charges.len() > 100 {
            check.fail("charges", "at most 100 charges");
        }
        let mut charges = Vec::new();
        for (i, c) in self.charges.into_iter().enumerate() {
            let path = format!("charges[{i}]");
            let offence = check.value(
                format!("{path}.offence"),
                contact_details::text(&c.offence, 300),
            );
            let statute = check.optional_text(&format!("{path}.statute"), c.statute, 300);
            let sentence = check.optional_text(&format!("{path}.sentence"), c.sentence, 500);
            if let Some(offence) = offence {
                charges.push(Charge {
                    offence,
                    provision_id: c.provision_id,
                    statute,
                    verdict: c.verdict,
                    sentence,
                });
            }
        }
        let mut cooperation_used = Vec::new();
        for c in self.cooperation_used {
            if !cooperation_used.contains(&c) {
                cooperation_used.push(c);
            }
        }
        let now = Utc::now();
        // The country is set by the write (the body's, or the focal point's own State).
        let placeholder = country.clone().unwrap_or_else(CountryCode::placeholder);
        (
            Case {
                id: Uuid::nil(),
                reference: reference.unwrap_or_default(),
                title,
                original_language: original_language.unwrap_or_else(LanguageCode::placeholder),
                country: placeholder,
                court: court.unwrap_or_default(),
                decision_date: self.decision_date,
                decision_type: self.decision_type,
                crime_types,
                cross_cutting_issues,
                articles,
                summary,
                commentary,
                cooperation_used,
                counterpart_countries,
                parties,
                charges,
                version: 0,
                created_at: now,
                updated_at: now,
            },
            country,
        )
    }
}
