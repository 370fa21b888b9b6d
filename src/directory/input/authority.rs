//! The body of `POST /v1/authorities` and `PUT /v1/authorities/{id}`: the whole document a focal point
//! or administrator writes, parsed once into domain values with every problem reported by its path.
//!
//! The server owns `id`, `version`, `status`, `stale`, the timestamps, the confirmation fields and
//! the linked `legislation`: when a body carries them (a client sending back what it read) they are
//! ignored. `country` is accepted only where it names the record's own State.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::{Check, Ignored, Input};
use crate::directory::authority::Draft;
use crate::domain::{
    contact_details, AuthorityKind, AuthorityStatus, Channel, CompetenceCode, Contact, ContactRole,
    ContactVisibility, CountryCode, Designation, LanguageCode, Means, UntocBasis,
};

const MAX_NAMES: usize = 20;
const MAX_ITEMS: usize = 10;
const MAX_CONTACTS: usize = 20;
const MAX_LANGUAGES: usize = 20;
const NAME_CHARS: usize = 500;
const SHORT_CHARS: usize = 200;
const NOTE_CHARS: usize = 2000;
const LONG_CHARS: usize = 8000;

/// A competence the authority holds (see `Designation` for the meaning of each member).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DesignationInput {
    pub competence: String,
    #[serde(default)]
    pub legal_bases: Vec<String>,
    #[serde(default)]
    pub is_central: bool,
    pub scope_note: Option<String>,
    pub channels: Vec<Channel>,
    pub means: Vec<Means>,
    pub languages_accepted: Vec<String>,
    #[serde(default)]
    pub original_by_post_required: bool,
    pub urgent_procedure: Option<String>,
    pub untoc_as_legal_basis: Option<UntocBasis>,
    pub untoc_legal_basis_note: Option<String>,
    pub legal_requirements: Option<String>,
    pub notification_ref: Option<String>,
}

/// A named contact person.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactInput {
    pub name: String,
    pub position: Option<String>,
    #[serde(default)]
    pub phones: Vec<String>,
    pub email: Option<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub role: ContactRole,
    pub visibility: ContactVisibility,
}

/// An authority as written by a focal point or an administrator.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthorityInput {
    /// The State (ISO 3166-1 alpha-3). Administrators must give it on create; focal points may omit it
    /// (their own State). It can never change.
    pub country: Option<String>,
    /// Name by ISO 639-1 language; must include `original_language`.
    pub names: BTreeMap<String, String>,
    pub original_language: String,
    pub acronym: Option<String>,
    pub kind: AuthorityKind,
    pub parent_id: Option<Uuid>,
    pub address: Option<String>,
    pub website: Option<String>,
    #[serde(default)]
    pub phones: Vec<String>,
    pub fax: Option<String>,
    #[serde(default)]
    pub emails: Vec<String>,
    pub office_hours: Option<String>,
    pub timezone: Option<String>,
    #[serde(default)]
    pub available_24_7: bool,
    pub designations: Vec<DesignationInput>,
    #[serde(default)]
    pub contacts: Vec<ContactInput>,
    #[serde(default)]
    #[schema(read_only, value_type = Option<Uuid>)]
    pub id: Ignored,
    #[serde(default)]
    #[schema(read_only, value_type = Option<AuthorityStatus>)]
    pub status: Ignored,
    #[serde(default)]
    #[schema(read_only, value_type = Option<i64>)]
    pub version: Ignored,
    #[serde(default)]
    #[schema(read_only, value_type = Option<chrono::DateTime<chrono::Utc>>)]
    pub created_at: Ignored,
    #[serde(default)]
    #[schema(read_only, value_type = Option<chrono::DateTime<chrono::Utc>>)]
    pub updated_at: Ignored,
    #[serde(default)]
    #[schema(read_only, value_type = Option<chrono::DateTime<chrono::Utc>>)]
    pub last_confirmed_at: Ignored,
    #[serde(default)]
    #[schema(read_only, value_type = Option<String>)]
    pub last_confirmed_by: Ignored,
    #[serde(default)]
    #[schema(read_only, value_type = Option<bool>)]
    pub stale: Ignored,
    /// The national provisions linked to the authority (see `GET /v1/authorities/{id}`).
    #[serde(default)]
    #[schema(read_only, value_type = Option<Vec<Object>>)]
    pub legislation: Ignored,
}

impl Input for AuthorityInput {
    type Draft = Draft;

    /// Parses every member into domain values (no database needed), collecting all problems.
    fn parse(self, check: &mut Check) -> Draft {
        let country = self
            .country
            .and_then(|c| check.value("country", CountryCode::parse(&c)));
        let original_language = check.value(
            "original_language",
            LanguageCode::parse(&self.original_language),
        );
        if self.names.is_empty() {
            check.fail(
                "names",
                "at least the name in its original language is required",
            );
        }
        if self.names.len() > MAX_NAMES {
            check.fail("names", format!("at most {MAX_NAMES} languages"));
        }
        let mut names = BTreeMap::new();
        for (lang, name) in self.names {
            let path = format!("names.{lang}");
            let lang = check.value(path.clone(), LanguageCode::parse(&lang));
            let name = check.value(path, contact_details::text(&name, NAME_CHARS));
            if let (Some(lang), Some(name)) = (lang, name) {
                names.insert(lang, name);
            }
        }
        if let Some(original) = &original_language {
            if !names.contains_key(original) && check.clean("names") {
                check.fail(
                    "names",
                    format!("must include the name in the original language ({original})"),
                );
            }
        }
        let acronym = check.optional_text("acronym", self.acronym, 32);
        let address = check.optional_text("address", self.address, 1000);
        let website = self
            .website
            .filter(|w| !w.trim().is_empty())
            .and_then(|w| check.value("website", contact_details::web_address(&w)));
        let phones = check.list("phones", self.phones, MAX_ITEMS, contact_details::phone);
        let fax = self
            .fax
            .filter(|f| !f.trim().is_empty())
            .and_then(|f| check.value("fax", contact_details::phone(&f)));
        let emails = check.list("emails", self.emails, MAX_ITEMS, contact_details::email);
        let office_hours = check.optional_text("office_hours", self.office_hours, SHORT_CHARS);
        let timezone = self
            .timezone
            .filter(|t| !t.trim().is_empty())
            .and_then(|t| check.value("timezone", contact_details::time_zone(&t)));

        if self.designations.is_empty() {
            check.fail("designations", "an authority holds at least one competence");
        }
        if self.designations.len() > 13 {
            check.fail(
                "designations",
                "at most one designation per competence (13)",
            );
        }
        let mut seen = HashSet::new();
        let mut designations = Vec::new();
        for (i, d) in self.designations.into_iter().enumerate() {
            let path = format!("designations[{i}]");
            let competence = check.value(
                format!("{path}.competence"),
                CompetenceCode::parse(&d.competence),
            );
            if let Some(c) = &competence {
                if !seen.insert(c.clone()) {
                    check.fail(
                        format!("{path}.competence"),
                        format!("{c} is designated twice"),
                    );
                }
            }
            if d.channels.is_empty() {
                check.fail(format!("{path}.channels"), "name at least one channel");
            }
            if d.means.is_empty() {
                check.fail(
                    format!("{path}.means"),
                    "name at least one means of transmission",
                );
            }
            if d.languages_accepted.is_empty() {
                check.fail(
                    format!("{path}.languages_accepted"),
                    "name at least one language",
                );
            }
            let languages = check.list(
                &format!("{path}.languages_accepted"),
                d.languages_accepted,
                MAX_LANGUAGES,
                LanguageCode::parse,
            );
            if d.legal_bases.len() > 10 {
                check.fail(format!("{path}.legal_bases"), "at most 10 items");
            }
            let designation = Designation {
                legal_bases: d.legal_bases.iter().map(|b| b.trim().to_owned()).collect(),
                is_central: d.is_central,
                scope_note: check.optional_text(
                    &format!("{path}.scope_note"),
                    d.scope_note,
                    NOTE_CHARS,
                ),
                channels: dedup(d.channels),
                means: dedup(d.means),
                languages_accepted: dedup(languages),
                original_by_post_required: d.original_by_post_required,
                urgent_procedure: check.optional_text(
                    &format!("{path}.urgent_procedure"),
                    d.urgent_procedure,
                    4000,
                ),
                untoc_as_legal_basis: d.untoc_as_legal_basis,
                untoc_legal_basis_note: check.optional_text(
                    &format!("{path}.untoc_legal_basis_note"),
                    d.untoc_legal_basis_note,
                    NOTE_CHARS,
                ),
                legal_requirements: check.optional_text(
                    &format!("{path}.legal_requirements"),
                    d.legal_requirements,
                    LONG_CHARS,
                ),
                notification_ref: check.optional_text(
                    &format!("{path}.notification_ref"),
                    d.notification_ref,
                    SHORT_CHARS,
                ),
                competence: match competence {
                    Some(c) => c,
                    None => continue,
                },
            };
            designations.push(designation);
        }

        if self.contacts.len() > MAX_CONTACTS {
            check.fail(
                "contacts",
                format!("at most {MAX_CONTACTS} contact persons"),
            );
        }
        let mut contacts = Vec::new();
        for (i, c) in self.contacts.into_iter().enumerate() {
            let path = format!("contacts[{i}]");
            let name = check.value(
                format!("{path}.name"),
                contact_details::text(&c.name, SHORT_CHARS),
            );
            let contact = Contact {
                position: check.optional_text(&format!("{path}.position"), c.position, SHORT_CHARS),
                phones: check.list(
                    &format!("{path}.phones"),
                    c.phones,
                    MAX_ITEMS,
                    contact_details::phone,
                ),
                email: c
                    .email
                    .filter(|e| !e.trim().is_empty())
                    .and_then(|e| check.value(format!("{path}.email"), contact_details::email(&e))),
                languages: check.list(
                    &format!("{path}.languages"),
                    c.languages,
                    MAX_LANGUAGES,
                    LanguageCode::parse,
                ),
                role: c.role,
                visibility: c.visibility,
                name: match name {
                    Some(n) => n,
                    None => continue,
                },
            };
            contacts.push(contact);
        }

        Draft {
            original_language: original_language.unwrap_or_else(LanguageCode::placeholder),
            country,
            names,
            acronym,
            kind: self.kind,
            parent_id: self.parent_id,
            address,
            website,
            phones,
            fax,
            emails,
            office_hours,
            timezone,
            available_24_7: self.available_24_7,
            designations,
            contacts,
        }
    }
}

fn dedup<T: PartialEq>(items: Vec<T>) -> Vec<T> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}
