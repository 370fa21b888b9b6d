//! Creating, editing and retiring an authority from the console, without JavaScript: rows of names,
//! designations and contacts are added with a button that sends the form back to be drawn with one
//! more row, and removed with a tick. The form becomes the API's document and goes through the same
//! reading (every problem at once, by path) and the same pipeline; problems are shown next to their
//! fields. A save over a version someone else replaced meanwhile keeps what was typed and shows
//! what the other edit changed. Retiring is `console::remove`.

use actix_web::HttpResponse;
use askama::Template;
use serde_json::{json, Value};

use super::editor::{
    self, choices, count, doc, kept, labelled, pairs, Choice, Editable, Editing, FormState,
    LangText, MAX_ROWS,
};
use crate::auth::Caller;
use crate::directory::input::authority::AuthorityInput;
use crate::domain::{
    visibility::authority_view, Authority, AuthorityKind, Channel, ContactRole, ContactVisibility,
    Means, UntocBasis,
};
use crate::web::form::Form;
use crate::web::page::{html, Page, PageError};
use crate::web::pages::term;

impl Editable for Authority {
    type Input = AuthorityInput;
    type Fields = Fields;
    const TITLES: [&'static str; 2] = ["form-new-title", "form-edit-title"];

    fn visible(
        &self,
        caller: &Caller,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Value, serde_json::Error> {
        let tier = caller.tier_for(&self.country);
        serde_json::to_value(authority_view(self, tier, now))
    }
}

#[derive(Debug, Clone, Default)]
pub struct DesignationRow {
    pub competence: String,
    pub legal_bases: String,
    pub is_central: bool,
    pub scope_note: String,
    pub channels: Vec<String>,
    pub means: Vec<String>,
    pub languages: String,
    pub original_by_post: bool,
    pub urgent: String,
    pub untoc: String,
    pub untoc_note: String,
    pub requirements: String,
    pub notification: String,
}

#[derive(Debug, Clone, Default)]
pub struct ContactRow {
    pub name: String,
    pub position: String,
    pub phones: String,
    pub email: String,
    pub languages: String,
    pub role: String,
    pub visibility: String,
}

/// What the form holds, as text, whether read from a record or from a submitted form.
#[derive(Debug, Clone, Default)]
pub struct Fields {
    pub country: String,
    pub names: Vec<LangText>,
    pub original_language: String,
    pub acronym: String,
    pub kind: String,
    pub parent_id: String,
    pub address: String,
    pub website: String,
    pub phones: String,
    pub fax: String,
    pub emails: String,
    pub office_hours: String,
    pub timezone: String,
    pub available_24_7: bool,
    pub designations: Vec<DesignationRow>,
    pub contacts: Vec<ContactRow>,
}

use doc::{codes, lines};

impl editor::Fields<Authority> for Fields {
    fn of(a: &Authority) -> Self {
        Fields {
            country: a.country.as_str().to_owned(),
            names: LangText::rows(&a.names),
            original_language: a.original_language.as_str().to_owned(),
            acronym: a.acronym.clone().unwrap_or_default(),
            kind: a.kind.as_str().to_owned(),
            parent_id: a.parent_id.map(|p| p.to_string()).unwrap_or_default(),
            address: a.address.clone().unwrap_or_default(),
            website: a.website.clone().unwrap_or_default(),
            phones: lines(&a.phones),
            fax: a.fax.clone().unwrap_or_default(),
            emails: lines(&a.emails),
            office_hours: a.office_hours.clone().unwrap_or_default(),
            timezone: a.timezone.clone().unwrap_or_default(),
            available_24_7: a.available_24_7,
            designations: a
                .designations
                .iter()
                .map(|d| DesignationRow {
                    competence: d.competence.as_str().to_owned(),
                    legal_bases: lines(&d.legal_bases),
                    is_central: d.is_central,
                    scope_note: d.scope_note.clone().unwrap_or_default(),
                    channels: d.channels.iter().map(|c| c.as_str().to_owned()).collect(),
                    means: d.means.iter().map(|m| m.as_str().to_owned()).collect(),
                    languages: codes(&d.languages_accepted),
                    original_by_post: d.original_by_post_required,
                    urgent: d.urgent_procedure.clone().unwrap_or_default(),
                    untoc: d
                        .untoc_as_legal_basis
                        .map(|u| u.as_str().to_owned())
                        .unwrap_or_default(),
                    untoc_note: d.untoc_legal_basis_note.clone().unwrap_or_default(),
                    requirements: d.legal_requirements.clone().unwrap_or_default(),
                    notification: d.notification_ref.clone().unwrap_or_default(),
                })
                .collect(),
            contacts: a
                .contacts
                .iter()
                .map(|c| ContactRow {
                    name: c.name.clone(),
                    position: c.position.clone().unwrap_or_default(),
                    phones: lines(&c.phones),
                    email: c.email.clone().unwrap_or_default(),
                    languages: codes(&c.languages),
                    role: c.role.as_str().to_owned(),
                    visibility: c.visibility.as_str().to_owned(),
                })
                .collect(),
        }
    }

    /// A new authority of `country`: one empty name and one empty designation.
    fn blank(country: &str) -> Self {
        Fields {
            country: country.to_owned(),
            names: vec![LangText::default()],
            designations: vec![DesignationRow::default()],
            kind: AuthorityKind::Ministry.as_str().to_owned(),
            ..Fields::default()
        }
    }

    /// The fields of a submitted form; rows ticked for removal are left out.
    fn read(form: &Form) -> Self {
        let names = LangText::read(form, "n", count(form, "names"));
        let designations = kept(form, "d", count(form, "designations"))
            .map(|i| {
                let f = |name: &str| form.get(&format!("d{i}.{name}")).to_owned();
                let all = |name: &str| {
                    form.all(&format!("d{i}.{name}"))
                        .into_iter()
                        .map(str::to_owned)
                        .collect()
                };
                DesignationRow {
                    competence: f("competence"),
                    legal_bases: f("legal_bases"),
                    is_central: form.has(&format!("d{i}.is_central")),
                    scope_note: f("scope_note"),
                    channels: all("channels"),
                    means: all("means"),
                    languages: f("languages"),
                    original_by_post: form.has(&format!("d{i}.original_by_post")),
                    urgent: f("urgent"),
                    untoc: f("untoc"),
                    untoc_note: f("untoc_note"),
                    requirements: f("requirements"),
                    notification: f("notification"),
                }
            })
            .collect();
        let contacts = kept(form, "c", count(form, "contacts"))
            .map(|i| {
                let f = |name: &str| form.get(&format!("c{i}.{name}")).to_owned();
                ContactRow {
                    name: f("name"),
                    position: f("position"),
                    phones: f("phones"),
                    email: f("email"),
                    languages: f("languages"),
                    role: f("role"),
                    visibility: f("visibility"),
                }
            })
            .collect();
        Fields {
            country: form.get("country").to_ascii_uppercase(),
            names,
            original_language: form.get("original_language").to_ascii_lowercase(),
            acronym: form.get("acronym").to_owned(),
            kind: form.get("kind").to_owned(),
            parent_id: form.get("parent_id").to_owned(),
            address: form.get("address").to_owned(),
            website: form.get("website").to_owned(),
            phones: form.get("phones").to_owned(),
            fax: form.get("fax").to_owned(),
            emails: form.get("emails").to_owned(),
            office_hours: form.get("office_hours").to_owned(),
            timezone: form.get("timezone").to_owned(),
            available_24_7: form.has("available_24_7"),
            designations,
            contacts,
        }
    }

    /// The API's document for these fields. Empty texts are absent members; lists are one item
    /// per line (or per comma, for language codes).
    fn add(&mut self, rows: &str) {
        let full = |n: usize| n >= MAX_ROWS;
        match rows {
            "name" if !full(self.names.len()) => self.names.push(LangText::default()),
            "designation" if !full(self.designations.len()) => {
                self.designations.push(DesignationRow::default())
            }
            "contact" if !full(self.contacts.len()) => self.contacts.push(ContactRow {
                role: ContactRole::DeskOfficer.as_str().to_owned(),
                visibility: ContactVisibility::Restricted.as_str().to_owned(),
                ..ContactRow::default()
            }),
            _ => {}
        }
    }

    fn country(&mut self) -> &mut String {
        &mut self.country
    }

    /// Lists are one item per line (or per comma, for language codes).
    fn document(&self) -> Value {
        use doc::{per_language, per_line, text};
        let designations: Vec<Value> = self
            .designations
            .iter()
            .map(|d| {
                json!({
                    "competence": d.competence,
                    "legal_bases": per_line(&d.legal_bases),
                    "is_central": d.is_central,
                    "scope_note": text(&d.scope_note),
                    "channels": d.channels,
                    "means": d.means,
                    "languages_accepted": per_language(&d.languages),
                    "original_by_post_required": d.original_by_post,
                    "urgent_procedure": text(&d.urgent),
                    "untoc_as_legal_basis": text(&d.untoc),
                    "untoc_legal_basis_note": text(&d.untoc_note),
                    "legal_requirements": text(&d.requirements),
                    "notification_ref": text(&d.notification),
                })
            })
            .collect();
        let contacts: Vec<Value> = self
            .contacts
            .iter()
            .map(|c| {
                json!({
                    "name": c.name.trim(),
                    "position": text(&c.position),
                    "phones": per_line(&c.phones),
                    "email": text(&c.email),
                    "languages": per_language(&c.languages),
                    "role": c.role,
                    "visibility": c.visibility,
                })
            })
            .collect();
        json!({
            "country": text(&self.country),
            "names": LangText::document(&self.names),
            "original_language": self.original_language,
            "acronym": text(&self.acronym),
            "kind": self.kind,
            "parent_id": text(&self.parent_id),
            "address": text(&self.address),
            "website": text(&self.website),
            "phones": per_line(&self.phones),
            "fax": text(&self.fax),
            "emails": per_line(&self.emails),
            "office_hours": text(&self.office_hours),
            "timezone": text(&self.timezone),
            "available_24_7": self.available_24_7,
            "designations": designations,
            "contacts": contacts,
        })
    }

    fn field_of(path: &str) -> String {
        editor::field_of(
            path,
            &[("designations", "d"), ("contacts", "c")],
            &[
                ("languages_accepted", "languages"),
                ("original_by_post_required", "original_by_post"),
                ("urgent_procedure", "urgent"),
                ("untoc_as_legal_basis", "untoc"),
                ("untoc_legal_basis_note", "untoc_note"),
                ("legal_requirements", "requirements"),
                ("notification_ref", "notification"),
            ],
        )
    }

    fn render(self, editing: Editing) -> Result<HttpResponse, PageError> {
        let Editing {
            page,
            lang,
            labels,
            status,
            state,
            ..
        } = editing;
        let all = |values: &[&str], family: &str| pairs(lang, family, values);
        let template = FormTemplate {
            page,
            state,
            kinds: choices(
                AuthorityKind::TEXTS,
                std::slice::from_ref(&self.kind),
                |v| term(lang, "kind", v),
            ),
            competences: labelled(&labels.competences, lang),
            channel_values: all(Channel::TEXTS, "channel"),
            means_values: all(Means::TEXTS, "means"),
            untoc_values: all(UntocBasis::TEXTS, "untoc"),
            roles: all(ContactRole::TEXTS, "role"),
            visibilities: all(ContactVisibility::TEXTS, "visibility"),
            country_name: labels.country(&self.country, lang).to_owned(),
            f: self,
        };
        Ok(html(status, &template, lang))
    }
}

#[derive(Template)]
#[template(path = "authority_form.html")]
struct FormTemplate {
    page: Page,
    state: FormState,
    f: Fields,
    kinds: Vec<Choice>,
    competences: Vec<(String, String)>,
    channel_values: Vec<(String, String)>,
    means_values: Vec<(String, String)>,
    untoc_values: Vec<(String, String)>,
    roles: Vec<(String, String)>,
    visibilities: Vec<(String, String)>,
    country_name: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::console::editor::Fields as _;

    #[test]
    fn document_paths_find_their_fields() {
        assert_eq!(Fields::field_of("names.fr"), "names");
        assert_eq!(
            Fields::field_of("designations[2].languages_accepted[1]"),
            "d2.languages"
        );
        assert_eq!(
            Fields::field_of("designations[0].urgent_procedure"),
            "d0.urgent"
        );
        assert_eq!(Fields::field_of("contacts[1].email"), "c1.email");
    }
}
