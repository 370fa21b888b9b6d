//! An authority: its names, kind, designations (how requests reach it under each competence),
//! address and website, the contacts the viewer may see, when it was last confirmed (with a
//! banner when it is stale), and the national provisions its designations rest on.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;

use super::{caller_of, load, term};
use crate::api::authorities::dto::AuthorityDetail;
use crate::api::records::Resource;
use crate::clock::Clock;
use crate::db::Pool;
use crate::domain::Authority;
use crate::web::i18n::Lang;
use crate::web::labels::{self, Labels};
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::session::SignedIn;
use crate::web::text::{self, Text};

/// A designation as the page lists it.
pub struct DesignationRow {
    pub competence: String,
    pub central: bool,
    pub legal_bases: Vec<String>,
    pub scope_note: Option<String>,
    pub channels: Vec<String>,
    pub means: Vec<String>,
    pub languages: Vec<String>,
    pub original_by_post: bool,
    pub urgent_procedure: Option<String>,
    pub untoc: Option<String>,
    pub untoc_note: Option<String>,
    pub legal_requirements: Option<String>,
    pub notification_ref: Option<String>,
}

/// A contact person the viewer may see.
pub struct ContactRow {
    pub name: String,
    pub position: Option<String>,
    pub role: String,
    pub phones: Vec<String>,
    pub email: Option<String>,
    pub languages: Vec<String>,
    pub confidential: bool,
}

/// A provision of the State's law a designation rests on.
pub struct ProvisionLink {
    pub law_id: String,
    pub law_title: String,
    pub number: String,
    pub article: String,
}

#[derive(Template)]
#[template(path = "authority.html")]
struct AuthorityTemplate {
    page: Page,
    id: String,
    names: Vec<Text>,
    acronym: Option<String>,
    kind: String,
    retired: bool,
    country: String,
    country_name: String,
    address: Option<String>,
    website: Option<String>,
    phones: Vec<String>,
    fax: Option<String>,
    emails: Vec<String>,
    office_hours: Option<String>,
    timezone: Option<String>,
    available_24_7: bool,
    designations: Vec<DesignationRow>,
    /// `None`: the viewer may not see contact persons.
    contacts: Option<Vec<ContactRow>>,
    last_confirmed: Option<String>,
    stale: bool,
    provisions: Vec<ProvisionLink>,
    /// The viewer may edit it (their State's focal point, an administrator).
    editable: bool,
}

/// `GET /{lang}/authorities/{id}`.
pub async fn authority(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let labels = labels::get(&pool).await.or_page(lang)?;
    let (mut conn, record) = load::<Authority>(&pool, lang, &path).await?;
    let caller = caller_of(&user);
    let editable = caller
        .write_scope()
        .is_ok_and(|scope| scope.allows(&record.country));
    let detail = Authority::view(&mut conn, &caller, record, Clock::of(&req).now())
        .await
        .or_page(lang)?;
    let template = build(&req, lang, user, &labels, detail, editable);
    Ok(html(StatusCode::OK, &template, lang))
}

fn build(
    req: &HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    labels: &Labels,
    detail: AuthorityDetail,
    editable: bool,
) -> AuthorityTemplate {
    let a = detail.authority;
    let names = text::shown(&a.names, &a.original_language, lang);
    let title = text::title(&a.names, &a.original_language, lang);
    let language_names = |codes: &[crate::domain::LanguageCode]| -> Vec<String> {
        codes
            .iter()
            .map(|l| labels::language(l.as_str(), lang))
            .collect()
    };
    let designations = a
        .designations
        .iter()
        .map(|d| DesignationRow {
            competence: labels.competence(d.competence.as_str(), lang).to_owned(),
            central: d.is_central,
            legal_bases: d.legal_bases.clone(),
            scope_note: d.scope_note.clone(),
            channels: d
                .channels
                .iter()
                .map(|c| term(lang, "channel", c.as_str()))
                .collect(),
            means: d
                .means
                .iter()
                .map(|m| term(lang, "means", m.as_str()))
                .collect(),
            languages: language_names(&d.languages_accepted),
            original_by_post: d.original_by_post_required,
            urgent_procedure: d.urgent_procedure.clone(),
            untoc: d
                .untoc_as_legal_basis
                .map(|u| term(lang, "untoc", u.as_str())),
            untoc_note: d.untoc_legal_basis_note.clone(),
            legal_requirements: d.legal_requirements.clone(),
            notification_ref: d.notification_ref.clone(),
        })
        .collect();
    let contacts = a.contacts.as_ref().map(|contacts| {
        contacts
            .iter()
            .map(|c| ContactRow {
                name: c.name.clone(),
                position: c.position.clone(),
                role: term(lang, "role", c.role.as_str()),
                phones: c.phones.clone(),
                email: c.email.clone(),
                languages: language_names(&c.languages),
                confidential: c.visibility == crate::domain::ContactVisibility::Confidential,
            })
            .collect()
    });
    AuthorityTemplate {
        page: Page::new(req, title, user),
        id: a.id.to_string(),
        names,
        acronym: a.acronym.clone(),
        kind: term(lang, "kind", a.kind.as_str()),
        retired: a.status == crate::domain::AuthorityStatus::Retired,
        country: a.country.as_str().to_owned(),
        country_name: labels.country(a.country.as_str(), lang).to_owned(),
        address: a.address.clone(),
        website: a
            .website
            .clone()
            .filter(|w| w.starts_with("https://") || w.starts_with("http://")),
        phones: a.phones.clone().unwrap_or_default(),
        fax: a.fax.clone(),
        emails: a.emails.clone().unwrap_or_default(),
        office_hours: a.office_hours.clone(),
        timezone: a.timezone.clone(),
        available_24_7: a.available_24_7,
        designations,
        contacts,
        last_confirmed: a.last_confirmed_at.as_ref().map(text::date),
        stale: a.stale,
        provisions: detail
            .legislation
            .into_iter()
            .map(|l| ProvisionLink {
                law_id: l.law_id.to_string(),
                law_title: l.law_title,
                number: l.number,
                article: l.article,
            })
            .collect(),
        editable,
    }
}
