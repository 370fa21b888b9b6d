//! A State: its authorities grouped by competence, its laws and cases, and when its records were
//! last confirmed. Also the list of every State.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;

use super::find::Holder;
use super::home::Choice;
use crate::api::connection;
use crate::clock::Clock;
use crate::db::models::{
    authority::{self, AuthorityFilter},
    case::{self, CaseFilter},
    law::{self, LawFilter},
    subject::SubjectFilter,
};
use crate::db::Pool;
use crate::domain::{AuthorityStatus, CountryCode};
use crate::web::i18n::Lang;
use crate::web::labels;
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::session::SignedIn;
use crate::web::text;

/// At most this many records of each kind are listed on a State's page.
const MAX_LISTED: i64 = 500;

/// A law or a case as a line of a list.
pub struct RecordLine {
    pub id: String,
    pub title: String,
    pub lang: String,
    pub dir: &'static str,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "country.html")]
struct CountryTemplate {
    page: Page,
    code: String,
    name: String,
    /// Competence label and the authorities holding it, in the competences' order.
    groups: Vec<(String, String, Vec<Holder>)>,
    authorities: usize,
    stale: usize,
    last_confirmed: Option<String>,
    laws: Vec<RecordLine>,
    cases: Vec<RecordLine>,
    /// The State's participation in each instrument: short title, status, the date it took effect.
    treaties: Vec<(String, String, String)>,
}

/// `GET /{lang}/countries/{iso3}`.
pub async fn country(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let labels = labels::get(&pool).await.or_page(lang)?;
    let code = CountryCode::parse(&path.to_ascii_uppercase())
        .ok()
        .filter(|c| labels.find_country(c.as_str()).is_some())
        .ok_or_else(|| PageError::not_found(lang))?;
    let now = Clock::of(&req).now();
    let mut conn = connection(&pool).await.or_page(lang)?;
    let filter = AuthorityFilter {
        country: Some(code.clone()),
        status: Some(AuthorityStatus::Active),
        ..AuthorityFilter::default()
    };
    let authorities = authority::list(&mut conn, &filter, now, None, MAX_LISTED)
        .await
        .or_page(lang)?;
    let groups = labels
        .competences
        .iter()
        .filter_map(|competence| {
            let mut holders: Vec<Holder> = authorities
                .iter()
                .flat_map(|a| {
                    a.designations
                        .iter()
                        .filter(|d| d.competence.as_str() == competence.code)
                        .map(move |d| Holder::of(a, d, lang, now))
                })
                .collect();
            holders.sort_by_key(|h| !h.central);
            (!holders.is_empty()).then(|| {
                (
                    competence.code.clone(),
                    competence.name(lang).to_owned(),
                    holders,
                )
            })
        })
        .collect();
    let subject = SubjectFilter {
        country: Some(code.clone()),
        ..SubjectFilter::default()
    };
    let laws = law::list(
        &mut conn,
        &LawFilter {
            subject: subject.clone(),
            ..LawFilter::default()
        },
        None,
        MAX_LISTED,
    )
    .await
    .or_page(lang)?
    .into_iter()
    .map(|l| {
        let shown = text::shown(&l.title, &l.original_language, lang);
        let first = shown.into_iter().next();
        RecordLine {
            id: l.id.to_string(),
            title: first.as_ref().map(|t| t.text.clone()).unwrap_or_default(),
            lang: first.as_ref().map(|t| t.lang.clone()).unwrap_or_default(),
            dir: first.as_ref().map(|t| t.dir).unwrap_or("ltr"),
            detail: l.enacted_on.map(|d| d.to_string()).unwrap_or_default(),
        }
    })
    .collect();
    let cases = case::list(
        &mut conn,
        &CaseFilter {
            subject,
            ..CaseFilter::default()
        },
        None,
        MAX_LISTED,
    )
    .await
    .or_page(lang)?
    .into_iter()
    .map(|c| {
        let shown = text::shown(&c.title, &c.original_language, lang);
        let first = shown.into_iter().next();
        RecordLine {
            id: c.id.to_string(),
            title: first.as_ref().map(|t| t.text.clone()).unwrap_or_default(),
            lang: first.as_ref().map(|t| t.lang.clone()).unwrap_or_default(),
            dir: first.as_ref().map(|t| t.dir).unwrap_or("ltr"),
            detail: format!("{} · {}", c.reference, c.decision_date),
        }
    })
    .collect();
    let treaties = crate::db::models::treaty::of_countries(&mut conn, &[code.as_str()])
        .await
        .or_page(lang)?
        .into_iter()
        .map(|t| {
            let since = t.in_force_on.or(t.consent_on).or(t.signed_on);
            (
                t.instrument.short_title().to_owned(),
                super::term(lang, "treaty-status", t.status.as_str()),
                since.map(|d| d.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    let last_confirmed = authorities
        .iter()
        .filter_map(|a| a.last_confirmed_at)
        .max()
        .as_ref()
        .map(text::date);
    let name = labels.country(code.as_str(), lang).to_owned();
    let template = CountryTemplate {
        page: Page::new(&req, name.clone(), user),
        code: code.as_str().to_owned(),
        name,
        groups,
        authorities: authorities.len(),
        stale: authorities.iter().filter(|a| a.is_stale(now)).count(),
        last_confirmed,
        laws,
        cases,
        treaties,
    };
    Ok(html(StatusCode::OK, &template, lang))
}

#[derive(Template)]
#[template(path = "countries.html")]
struct CountriesTemplate {
    page: Page,
    countries: Vec<Choice>,
}

/// `GET /{lang}/countries`: every State, by its name in the interface language.
pub async fn countries(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, PageError> {
    let labels = labels::get(&pool).await.or_page(lang)?;
    let countries = labels
        .countries_by_name(lang)
        .into_iter()
        .map(|c| Choice {
            code: c.code.clone(),
            label: c.name(lang).to_owned(),
        })
        .collect();
    let page = Page::new(&req, lang.t("countries-title"), user);
    Ok(html(
        StatusCode::OK,
        &CountriesTemplate { page, countries },
        lang,
    ))
}
