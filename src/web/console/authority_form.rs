//! Creating, editing and retiring an authority from the console, without JavaScript: rows of names,
//! designations and contacts are added with a button that sends the form back to be drawn with one
//! more row, and removed with a tick. The form becomes the API's document and goes through the same
//! reading (every problem at once, by path) and the same pipeline; problems are shown next to their
//! fields. A save over a version someone else replaced meanwhile keeps what was typed and shows
//! what the other edit changed. Retiring is `console::remove`.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};
use serde_json::{json, Map, Value};
use uuid::Uuid;

use super::history::{differences, Change};
use super::{require, see_other, writer};
use crate::api::connection;
use crate::db::{models, Pool};
use crate::directory::{
    self, input::authority::AuthorityInput, input::Input, Precondition, Record,
};
use crate::domain::{
    visibility::{authority_view, Tier},
    Authority, AuthorityKind, Channel, ContactRole, ContactVisibility, Means, RecordKind,
    UntocBasis,
};
use crate::error::{ApiError, FieldError};
use crate::web::form::Form;
use crate::web::i18n::Lang;
use crate::web::labels;
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::pages::term;
use crate::web::session::SignedIn;

/// Rows a form may hold, as the API allows.
const MAX_ROWS: usize = 20;

/// An option of a list or a box of a group, with whether it is chosen.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub chosen: bool,
}

fn choices(values: &[&str], chosen: &[String], label: impl Fn(&str) -> String) -> Vec<Choice> {
    values
        .iter()
        .map(|v| Choice {
            value: (*v).to_owned(),
            label: label(v),
            chosen: chosen.iter().any(|c| c == v),
        })
        .collect()
}

#[derive(Debug, Clone, Default)]
pub struct NameRow {
    pub lang: String,
    pub text: String,
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
    pub names: Vec<NameRow>,
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

fn lines(items: &[String]) -> String {
    items.join("\n")
}

fn codes<T: AsRef<str>>(items: &[T]) -> String {
    items
        .iter()
        .map(|c| c.as_ref().to_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

impl Fields {
    fn of(a: &Authority) -> Self {
        Fields {
            country: a.country.as_str().to_owned(),
            names: a
                .names
                .iter()
                .map(|(l, t)| NameRow {
                    lang: l.as_str().to_owned(),
                    text: t.clone(),
                })
                .collect(),
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
            names: vec![NameRow::default()],
            designations: vec![DesignationRow::default()],
            kind: AuthorityKind::Ministry.as_str().to_owned(),
            ..Fields::default()
        }
    }

    /// The fields of a submitted form; rows ticked for removal are left out.
    fn read(form: &Form) -> Self {
        let count =
            |name: &str| -> usize { form.get(name).parse::<usize>().unwrap_or(0).min(MAX_ROWS) };
        let names = (0..count("names"))
            .filter(|i| !form.has(&format!("n{i}.remove")))
            .map(|i| NameRow {
                lang: form.get(&format!("n{i}.lang")).to_ascii_lowercase(),
                text: form.get(&format!("n{i}.text")).to_owned(),
            })
            .filter(|n| !(n.lang.is_empty() && n.text.is_empty()))
            .collect();
        let designations = (0..count("designations"))
            .filter(|i| !form.has(&format!("d{i}.remove")))
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
        let contacts = (0..count("contacts"))
            .filter(|i| !form.has(&format!("c{i}.remove")))
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
    fn document(&self) -> Value {
        fn text(s: &str) -> Value {
            let s = s.trim();
            if s.is_empty() {
                Value::Null
            } else {
                Value::String(s.to_owned())
            }
        }
        fn per_line(s: &str) -> Value {
            Value::Array(
                s.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(|l| Value::String(l.to_owned()))
                    .collect(),
            )
        }
        fn per_code(s: &str) -> Value {
            Value::Array(
                s.split([',', ' ', ';', '\n'])
                    .map(|c| c.trim().to_ascii_lowercase())
                    .filter(|c| !c.is_empty())
                    .map(Value::String)
                    .collect(),
            )
        }
        let mut names = Map::new();
        for n in &self.names {
            names.insert(n.lang.clone(), Value::String(n.text.trim().to_owned()));
        }
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
                    "languages_accepted": per_code(&d.languages),
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
                    "languages": per_code(&c.languages),
                    "role": c.role,
                    "visibility": c.visibility,
                })
            })
            .collect();
        json!({
            "country": text(&self.country),
            "names": names,
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
}

/// Where a problem of the document shows in the form: the field's key (`d0.languages`), from the
/// document's path (`designations[0].languages_accepted[1]`).
pub fn field_of(path: &str) -> String {
    let (head, rest) = match path.find(['.', '[']) {
        Some(i) => (&path[..i], &path[i..]),
        None => (path, ""),
    };
    let row = |prefix: &str, rest: &str| -> String {
        let Some(rest) = rest.strip_prefix('[') else {
            return head.to_owned();
        };
        let (index, member) = rest.split_once(']').unwrap_or((rest, ""));
        let member = member.trim_start_matches('.');
        let member = member.split(['.', '[']).next().unwrap_or("");
        let member = match member {
            "languages_accepted" => "languages",
            "original_by_post_required" => "original_by_post",
            "urgent_procedure" => "urgent",
            "untoc_as_legal_basis" => "untoc",
            "untoc_legal_basis_note" => "untoc_note",
            "legal_requirements" => "requirements",
            "notification_ref" => "notification",
            other => other,
        };
        if member.is_empty() {
            format!("{prefix}{index}")
        } else {
            format!("{prefix}{index}.{member}")
        }
    };
    match head {
        "designations" => row("d", rest),
        "contacts" => row("c", rest),
        "names" => "names".to_owned(),
        other => other.to_owned(),
    }
}

/// A problem as the form shows it.
pub struct Problem {
    pub field: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "authority_form.html")]
struct FormTemplate {
    page: Page,
    /// `None` for a new authority.
    id: Option<String>,
    version: i64,
    f: Fields,
    problems: Vec<Problem>,
    /// What someone else changed since the version this form was opened on.
    conflict: Option<Vec<Change>>,
    kinds: Vec<Choice>,
    competences: Vec<(String, String)>,
    channel_values: Vec<(String, String)>,
    means_values: Vec<(String, String)>,
    untoc_values: Vec<(String, String)>,
    roles: Vec<(String, String)>,
    visibilities: Vec<(String, String)>,
    country_name: String,
}

impl FormTemplate {
    /// The problems of one field.
    pub fn problems_of(&self, field: &str) -> Vec<&str> {
        self.problems
            .iter()
            .filter(|p| p.field == field)
            .map(|p| p.message.as_str())
            .collect()
    }

    pub fn has_problem(&self, field: &str) -> bool {
        self.problems.iter().any(|p| p.field == field)
    }

    pub fn has(&self, list: &[String], value: &str) -> bool {
        list.iter().any(|v| v == value)
    }

    /// The problems of member `member` of row `index` of the rows named `prefix` (`d`, `c`).
    pub fn row_problems(&self, prefix: &str, index: &usize, member: &str) -> Vec<&str> {
        let field = if member.is_empty() {
            format!("{prefix}{index}")
        } else {
            format!("{prefix}{index}.{member}")
        };
        self.problems_of(&field)
    }
}

fn pairs(lang: Lang, family: &str, values: &[&str]) -> Vec<(String, String)> {
    values
        .iter()
        .map(|v| ((*v).to_owned(), term(lang, family, v)))
        .collect()
}

#[allow(clippy::too_many_arguments)]
async fn render(
    req: &HttpRequest,
    lang: Lang,
    user: SignedIn,
    pool: &Pool,
    status: StatusCode,
    id: Option<Uuid>,
    version: i64,
    f: Fields,
    problems: Vec<Problem>,
    conflict: Option<Vec<Change>>,
) -> Result<HttpResponse, PageError> {
    let labels = labels::get(pool).await.or_page(lang)?;
    let title = match id {
        Some(_) => lang.t("form-edit-title"),
        None => lang.t("form-new-title"),
    };
    let template = FormTemplate {
        page: Page::new(req, title, Some(user)),
        id: id.map(|i| i.to_string()),
        version,
        kinds: choices(
            &AuthorityKind::ALL
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>(),
            std::slice::from_ref(&f.kind),
            |v| term(lang, "kind", v),
        ),
        competences: labels
            .competences
            .iter()
            .map(|c| (c.code.clone(), c.name(lang).to_owned()))
            .collect(),
        channel_values: pairs(
            lang,
            "channel",
            &Channel::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        ),
        means_values: pairs(
            lang,
            "means",
            &Means::ALL.iter().map(|m| m.as_str()).collect::<Vec<_>>(),
        ),
        untoc_values: pairs(
            lang,
            "untoc",
            &UntocBasis::ALL
                .iter()
                .map(|u| u.as_str())
                .collect::<Vec<_>>(),
        ),
        roles: pairs(
            lang,
            "role",
            &ContactRole::ALL
                .iter()
                .map(|r| r.as_str())
                .collect::<Vec<_>>(),
        ),
        visibilities: pairs(
            lang,
            "visibility",
            &ContactVisibility::ALL
                .iter()
                .map(|v| v.as_str())
                .collect::<Vec<_>>(),
        ),
        country_name: labels.country(&f.country, lang).to_owned(),
        f,
        problems,
        conflict,
    };
    Ok(html(status, &template, lang))
}

/// The authority as the form's writer may edit it: 404 when unknown, 403 outside their scope.
async fn editable(
    pool: &Pool,
    lang: Lang,
    user: &SignedIn,
    id: Uuid,
) -> Result<Authority, PageError> {
    let mut conn = connection(pool).await.or_page(lang)?;
    let record = Authority::find_many(&mut conn, &[id])
        .await
        .or_page(lang)?
        .pop()
        .ok_or_else(|| PageError::not_found(lang))?;
    let scope = user.caller.write_scope().or_page(lang)?;
    if !scope.allows(&record.country) {
        return Err(PageError::from_api(
            lang,
            ApiError::Forbidden("focal points change their own State's records only".into()),
        ));
    }
    Ok(record)
}

/// `GET /{lang}/console/authorities/{id}/edit`.
pub async fn edit_form(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let user = require(lang, user)?;
    let id = Uuid::parse_str(&path).map_err(|_| PageError::not_found(lang))?;
    let record = editable(&pool, lang, &user, id).await?;
    let fields = Fields::of(&record);
    render(
        &req,
        lang,
        user,
        &pool,
        StatusCode::OK,
        Some(id),
        record.version,
        fields,
        vec![],
        None,
    )
    .await
}

/// `GET /{lang}/console/authorities/new?country=ISO3`.
pub async fn new_form(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, PageError> {
    let user = require(lang, user)?;
    let scope = user.caller.write_scope().or_page(lang)?;
    let query: Vec<(String, String)> =
        serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
    let named = query
        .iter()
        .find(|(k, _)| k == "country")
        .map(|(_, v)| v.to_ascii_uppercase())
        .unwrap_or_default();
    let country = scope
        .country()
        .map(|c| c.as_str().to_owned())
        .unwrap_or(named);
    render(
        &req,
        lang,
        user,
        &pool,
        StatusCode::OK,
        None,
        0,
        Fields::blank(&country),
        vec![],
        None,
    )
    .await
}

/// `POST /{lang}/console/authorities/new` and `POST /{lang}/console/authorities/{id}/edit`: one
/// more row, or the record saved through the pipeline.
async fn submit(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    id: Option<Uuid>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let user = require(lang, user)?;
    let form = Form::parse(&body);
    let ctx = writer(&req, lang, &user, form.get("csrf"))?;
    let mut fields = Fields::read(&form);
    let version: i64 = form.get("version").parse().unwrap_or(0);
    if let Some(id) = id {
        // The record's State is the record's, whatever the form says.
        let record = editable(&pool, lang, &user, id).await?;
        fields.country = record.country.as_str().to_owned();
    }
    let full = |n: usize| n >= MAX_ROWS;
    match form.get("add") {
        "name" if !full(fields.names.len()) => fields.names.push(NameRow::default()),
        "designation" if !full(fields.designations.len()) => {
            fields.designations.push(DesignationRow::default())
        }
        "contact" if !full(fields.contacts.len()) => fields.contacts.push(ContactRow {
            role: ContactRole::DeskOfficer.as_str().to_owned(),
            visibility: ContactVisibility::Restricted.as_str().to_owned(),
            ..ContactRow::default()
        }),
        _ => {}
    }
    if form.has("add") {
        return render(
            &req,
            lang,
            user,
            &pool,
            StatusCode::OK,
            id,
            version,
            fields,
            vec![],
            None,
        )
        .await;
    }
    let document = fields.document();
    let saved = match AuthorityInput::read(document) {
        Err(e) => Err(e),
        Ok(drafted) => {
            let mut conn = connection(&pool).await.or_page(lang)?;
            let ctx = ctx.clone();
            conn.transaction::<_, ApiError, _>(|conn| {
                async move {
                    match id {
                        Some(id) => {
                            let precondition = Precondition::Versions(vec![version]);
                            directory::replace::<Authority>(conn, &ctx, id, &precondition, drafted)
                                .await
                        }
                        None => {
                            directory::create::<Authority>(conn, &ctx, Uuid::new_v4(), drafted)
                                .await
                        }
                    }
                }
                .scope_boxed()
            })
            .await
        }
    };
    match saved {
        Ok(record) => Ok(see_other(format!(
            "/{}/authorities/{}",
            lang.code(),
            record.id()
        ))),
        Err(ApiError::Validation(errors)) | Err(ApiError::InvalidParameters(errors)) => {
            let problems = errors
                .into_iter()
                .map(|FieldError { field, message }| Problem {
                    field: field_of(&field),
                    message,
                })
                .collect();
            render(
                &req,
                lang,
                user,
                &pool,
                StatusCode::UNPROCESSABLE_ENTITY,
                id,
                version,
                fields,
                problems,
                None,
            )
            .await
        }
        Err(ApiError::PreconditionFailed) => {
            let Some(id) = id else {
                return Err(PageError::internal(lang, "a create cannot conflict"));
            };
            let (current, changes) = meanwhile(&pool, lang, &user, id, version).await?;
            render(
                &req,
                lang,
                user,
                &pool,
                StatusCode::CONFLICT,
                Some(id),
                current,
                fields,
                vec![],
                Some(changes),
            )
            .await
        }
        Err(e) => Err(super::refused(lang, e)),
    }
}

/// The current version of a record and what changed in it since `seen`, as `user` may see it.
async fn meanwhile(
    pool: &Pool,
    lang: Lang,
    user: &SignedIn,
    id: Uuid,
    seen: i64,
) -> Result<(i64, Vec<Change>), PageError> {
    let mut conn = connection(pool).await.or_page(lang)?;
    let versions = models::version::list(&mut conn, RecordKind::Authority, id, None, 1000)
        .await
        .or_page(lang)?;
    let now = chrono::Utc::now();
    let view = |document: &Value| -> Result<Value, PageError> {
        let record: Authority =
            serde_json::from_value(document.clone()).map_err(|e| PageError::internal(lang, e))?;
        let tier = user.caller.tier_for(&record.country).max(Tier::Public);
        serde_json::to_value(authority_view(&record, tier, now))
            .map_err(|e| PageError::internal(lang, e))
    };
    let before = versions
        .iter()
        .find(|v| v.version == seen)
        .map(|v| view(&v.document))
        .transpose()?
        .unwrap_or(Value::Null);
    let last = versions.last().ok_or_else(|| PageError::not_found(lang))?;
    Ok((last.version, differences(&before, &view(&last.document)?)))
}

pub async fn create(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    submit(req, lang, user, pool, None, body).await
}

pub async fn update(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let id = Uuid::parse_str(&path).map_err(|_| PageError::not_found(lang))?;
    submit(req, lang, user, pool, Some(id), body).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_paths_find_their_fields() {
        assert_eq!(field_of("names"), "names");
        assert_eq!(field_of("names.fr"), "names");
        assert_eq!(field_of("website"), "website");
        assert_eq!(
            field_of("designations[2].languages_accepted[1]"),
            "d2.languages"
        );
        assert_eq!(field_of("designations[0].competence"), "d0.competence");
        assert_eq!(field_of("designations"), "designations");
        assert_eq!(field_of("contacts[1].email"), "c1.email");
        assert_eq!(field_of("contacts[1]"), "c1");
    }
}
