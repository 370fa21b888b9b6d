//! The body of `POST /v1/treaties` and `PUT /v1/treaties/{id}`. Server-owned members (`id`,
//! `version`, timestamps) are ignored when a body carries them.

use chrono::{NaiveDate, Utc};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::{Check, Ignored, Input};
use crate::domain::treaty::{
    ConsentKind, Declarations, Declared, ExtraditionBasis, Instrument, Notified, NotifiedLanguages,
    TreatyParticipation, TreatyStatus,
};
use crate::domain::{contact_details, dates, CountryCode, LanguageCode};

/// The longest text of a declaration.
const MAX_TEXT: usize = 10_000;

/// An authority as notified to the depositary.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NotifiedInput {
    /// The authority's record in the directory, of the same State, when it is there.
    pub authority_id: Option<Uuid>,
    pub name: String,
    pub text: Option<String>,
}

/// The languages notified for requests.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NotifiedLanguagesInput {
    /// ISO 639-1 codes.
    pub languages: Vec<String>,
    pub text: Option<String>,
}

/// Whether the Convention is a legal basis for extradition.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtraditionBasisInput {
    pub accepted: bool,
    pub text: Option<String>,
}

/// The declarations, each allowed for some instruments only.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeclarationsInput {
    /// UNTOC 16(5)(a), UNCAC 44(6)(a).
    pub extradition_basis: Option<ExtraditionBasisInput>,
    /// UNTOC 18(13), UNCAC 46(13), 1988 Convention 7(8).
    pub central_authority: Option<NotifiedInput>,
    /// UNTOC 18(14), UNCAC 46(14), 1988 Convention 7(9).
    pub languages: Option<NotifiedLanguagesInput>,
    /// Budapest Convention 24(7).
    pub extradition_authority: Option<NotifiedInput>,
    /// Budapest Convention 35.
    pub contact_point: Option<NotifiedInput>,
}

/// A State's participation in an instrument, as an administrator writes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TreatyInput {
    /// ISO 3166-1 alpha-3 code of the State; required on create, it can never change.
    pub country: Option<String>,
    pub instrument: Instrument,
    pub status: TreatyStatus,
    pub signed_on: Option<NaiveDate>,
    pub consent_kind: Option<ConsentKind>,
    pub consent_on: Option<NaiveDate>,
    pub in_force_on: Option<NaiveDate>,
    #[serde(default)]
    pub declarations: DeclarationsInput,
    /// The depositary notification the entry rests on.
    pub source: String,
    /// When the entry was last checked against the depositary.
    pub checked_on: NaiveDate,
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

fn notified(check: &mut Check, path: &str, raw: Option<NotifiedInput>) -> Option<Notified> {
    let raw = raw?;
    let name = check.value(
        format!("{path}.name"),
        contact_details::text(&raw.name, 300),
    );
    let text = check.optional_text(&format!("{path}.text"), raw.text, MAX_TEXT);
    Some(Notified {
        authority_id: raw.authority_id,
        name: name.unwrap_or_default(),
        text,
    })
}

fn declarations(check: &mut Check, raw: DeclarationsInput) -> Declarations {
    let extradition_basis = raw.extradition_basis.map(|b| ExtraditionBasis {
        accepted: b.accepted,
        text: check.optional_text("declarations.extradition_basis.text", b.text, MAX_TEXT),
    });
    let languages = raw.languages.map(|l| {
        let path = "declarations.languages.languages";
        if l.languages.is_empty() {
            check.fail(path, "name at least one language");
        }
        let mut languages = check.list(path, l.languages, 20, LanguageCode::parse);
        languages.dedup();
        NotifiedLanguages {
            languages,
            text: check.optional_text("declarations.languages.text", l.text, MAX_TEXT),
        }
    });
    Declarations {
        extradition_basis,
        central_authority: notified(
            check,
            "declarations.central_authority",
            raw.central_authority,
        ),
        languages,
        extradition_authority: notified(
            check,
            "declarations.extradition_authority",
            raw.extradition_authority,
        ),
        contact_point: notified(check, "declarations.contact_point", raw.contact_point),
    }
}

/// The dates and consent that fit the status: none for `none`; a signature for `signatory`; a
/// consent (kind and date) for `party`, after any signature, before entry into force.
fn check_dates(check: &mut Check, input: &TreatyInput) {
    let dated = [
        ("signed_on", input.signed_on),
        ("consent_on", input.consent_on),
        ("in_force_on", input.in_force_on),
    ];
    for (name, date) in dated {
        if let Some(date) = date {
            check.value(name, dates::in_the_past(date));
        }
    }
    check.value("checked_on", dates::in_the_past(input.checked_on));
    let consented = input.consent_kind.is_some() || input.consent_on.is_some();
    match input.status {
        TreatyStatus::None => {
            for (name, date) in dated {
                if date.is_some() {
                    check.fail(
                        name,
                        "a State that is not a signatory or a party has no dates",
                    );
                }
            }
            if input.consent_kind.is_some() {
                check.fail(
                    "consent_kind",
                    "a State that is not a party has not consented",
                );
            }
        }
        TreatyStatus::Signatory => {
            if input.signed_on.is_none() {
                check.fail("signed_on", "a signatory has a signature date");
            }
            if consented || input.in_force_on.is_some() {
                check.fail(
                    "status",
                    "a State that consented to be bound is a party, not a signatory",
                );
            }
        }
        TreatyStatus::Party => {
            if input.consent_kind.is_none() {
                check.fail("consent_kind", "a party consented to be bound in some way");
            }
            if input.consent_on.is_none() {
                check.fail("consent_on", "a party has the date of its consent");
            }
            if input.signed_on.is_none()
                && matches!(
                    input.consent_kind,
                    Some(
                        ConsentKind::Ratification | ConsentKind::Acceptance | ConsentKind::Approval
                    )
                )
            {
                check.fail(
                    "signed_on",
                    "ratification, acceptance and approval follow a signature",
                );
            }
        }
    }
    if let (Some(signed), Some(consent)) = (input.signed_on, input.consent_on) {
        if consent < signed {
            check.fail("consent_on", "must not be before the signature");
        }
    }
    if let (Some(consent), Some(in_force)) = (input.consent_on, input.in_force_on) {
        if in_force < consent {
            check.fail("in_force_on", "must not be before the consent");
        }
    }
}

impl Input for TreatyInput {
    /// The parsed record (with a nil id, version 0 and placeholder timestamps, which the write
    /// sets) and the State the body named.
    type Draft = (TreatyParticipation, Option<CountryCode>);

    fn parse(self, check: &mut Check) -> Self::Draft {
        let country = self
            .country
            .as_deref()
            .and_then(|c| check.value("country", CountryCode::parse(c)));
        check_dates(check, &self);
        let source = check.value("source", contact_details::text(&self.source, 500));
        let declarations = declarations(check, self.declarations);
        for member in Declared::ALL {
            if !declarations.has(member) {
                continue;
            }
            let path = format!("declarations.{}", member.as_str());
            if self.status == TreatyStatus::None {
                check.fail(
                    path,
                    "a State that is not a signatory or a party has made no declaration",
                );
            } else if !self.instrument.declares(member) {
                check.fail(
                    path,
                    format!(
                        "the {} has no such declaration",
                        self.instrument.short_title()
                    ),
                );
            }
        }
        let now = Utc::now();
        let placeholder = country.clone().unwrap_or_else(CountryCode::placeholder);
        (
            TreatyParticipation {
                id: Uuid::nil(),
                country: placeholder,
                instrument: self.instrument,
                status: self.status,
                signed_on: self.signed_on,
                consent_kind: self.consent_kind,
                consent_on: self.consent_on,
                in_force_on: self.in_force_on,
                declarations,
                source: source.unwrap_or_default(),
                checked_on: self.checked_on,
                version: 0,
                created_at: now,
                updated_at: now,
            },
            country,
        )
    }
}
