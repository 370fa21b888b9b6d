//! The console's list of a State's records, stale first, and confirming them: one, or several at
//! once. A confirmation names the version the focal point saw; when the record changed since,
//! nothing is confirmed and the conflict is shown.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};
use uuid::Uuid;

use super::{refused, require, see_other, state_of, writer};
use crate::api::connection;
use crate::clock::Clock;
use crate::db::models::{
    authority::{self, AuthorityFilter},
    case::{self, CaseFilter},
    law::{self, LawFilter},
    subject::SubjectFilter,
};
use crate::db::Pool;
use crate::directory::{self, Precondition};
use crate::domain::{Authority, AuthorityStatus, CountryCode};
use crate::error::ApiError;
use crate::web::form::Form;
use crate::web::i18n::Lang;
use crate::web::labels;
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::session::SignedIn;
use crate::web::text;

/// At most this many records of each kind are listed.
const MAX_LISTED: i64 = 1000;

pub struct AuthorityLine {
    pub id: String,
    pub version: i64,
    pub name: String,
    pub last_confirmed: Option<String>,
    pub stale: bool,
}

pub struct OtherLine {
    pub id: String,
    pub title: String,
    pub updated: String,
}

#[derive(Template)]
#[template(path = "console.html")]
struct ConsoleTemplate {
    page: Page,
    /// Whether the account may choose the State (administrators).
    chooses: bool,
    /// The State shown, with its name.
    state: Option<(String, String)>,
    authorities: Vec<AuthorityLine>,
    laws: Vec<OtherLine>,
    cases: Vec<OtherLine>,
    /// How many records the last batch confirmed.
    confirmed: Option<usize>,
    admin: bool,
}

/// `GET /{lang}/console` (administrators: `?country=ISO3`).
pub async fn console(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, PageError> {
    let user = require(lang, user)?;
    let query: Vec<(String, String)> =
        serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
    let param = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let labels = labels::get(&pool).await.or_page(lang)?;
    let admin = matches!(user.caller, crate::auth::Caller::Admin(_));
    let state = state_of(&user.caller, param("country"))
        .and_then(|c| labels.find_country(&c).map(|l| l.code.clone()))
        .and_then(|c| CountryCode::parse(&c).ok());
    let now = Clock::of(&req).now();
    let (mut authorities, mut laws, mut cases) = (Vec::new(), Vec::new(), Vec::new());
    if let Some(country) = &state {
        let mut conn = connection(&pool).await.or_page(lang)?;
        let filter = AuthorityFilter {
            country: Some(country.clone()),
            status: Some(AuthorityStatus::Active),
            ..AuthorityFilter::default()
        };
        let mut found = authority::list(&mut conn, &filter, now, None, MAX_LISTED)
            .await
            .or_page(lang)?;
        // Stale first, then the longest unconfirmed.
        found.sort_by_key(|a| {
            (
                !a.is_stale(now),
                a.last_confirmed_at.unwrap_or(a.created_at),
            )
        });
        authorities = found
            .iter()
            .map(|a| AuthorityLine {
                id: a.id.to_string(),
                version: a.version,
                name: text::title(&a.names, &a.original_language, lang),
                last_confirmed: a.last_confirmed_at.as_ref().map(text::date),
                stale: a.is_stale(now),
            })
            .collect();
        let subject = SubjectFilter {
            country: Some(country.clone()),
            ..SubjectFilter::default()
        };
        let law_filter = LawFilter {
            subject: subject.clone(),
            ..LawFilter::default()
        };
        laws = law::list(&mut conn, &law_filter, None, MAX_LISTED)
            .await
            .or_page(lang)?
            .into_iter()
            .map(|l| OtherLine {
                id: l.id.to_string(),
                title: text::title(&l.title, &l.original_language, lang),
                updated: text::date(&l.updated_at),
            })
            .collect();
        let case_filter = CaseFilter {
            subject,
            ..CaseFilter::default()
        };
        cases = case::list(&mut conn, &case_filter, None, MAX_LISTED)
            .await
            .or_page(lang)?
            .into_iter()
            .map(|c| OtherLine {
                id: c.id.to_string(),
                title: format!(
                    "{} · {}",
                    c.reference,
                    text::title(&c.title, &c.original_language, lang)
                ),
                updated: text::date(&c.updated_at),
            })
            .collect();
    }
    let template = ConsoleTemplate {
        page: Page::new(&req, lang.t("console-title"), Some(user)),
        chooses: admin,
        state: state.map(|c| {
            let name = labels.country(c.as_str(), lang).to_owned();
            (c.as_str().to_owned(), name)
        }),
        authorities,
        laws,
        cases,
        confirmed: param("confirmed").and_then(|n| n.parse().ok()),
        admin,
    };
    Ok(html(StatusCode::OK, &template, lang))
}

/// A record and the version a form saw of it: `<uuid>:<version>`.
fn target(value: &str) -> Option<(Uuid, i64)> {
    let (id, version) = value.split_once(':')?;
    Some((
        Uuid::parse_str(id.trim()).ok()?,
        version.trim().parse().ok()?,
    ))
}

/// `POST /{lang}/console/confirm`: confirms the record of the button pressed (`one`), or every
/// record ticked (`id`), in one transaction: all are confirmed, or none.
pub async fn confirm(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let user = require(lang, user)?;
    let form = Form::parse(&body);
    let ctx = writer(&req, lang, &user, form.get("csrf"))?;
    let chosen: Vec<&str> = if form.has("one") {
        vec![form.get("one")]
    } else {
        form.all("id")
    };
    let targets: Vec<(Uuid, i64)> = chosen
        .iter()
        .map(|v| target(v))
        .collect::<Option<_>>()
        .ok_or_else(|| PageError::bad_request(lang, lang.t("console-bad-target")))?;
    if targets.is_empty() {
        return Err(PageError::bad_request(lang, lang.t("console-none-chosen")));
    }
    let count = targets.len();
    let mut conn = connection(&pool).await.or_page(lang)?;
    let country = conn
        .transaction::<_, ApiError, _>(|conn| {
            async move {
                let mut country = None;
                for (id, version) in targets {
                    let precondition = Precondition::Versions(vec![version]);
                    let record: Authority =
                        directory::confirm(conn, &ctx, id, Some(&precondition)).await?;
                    country = Some(record.country);
                }
                Ok(country)
            }
            .scope_boxed()
        })
        .await
        .map_err(|e| refused(lang, e))?;
    let chosen_state = country
        .filter(|_| matches!(user.caller, crate::auth::Caller::Admin(_)))
        .map(|c| format!("&country={}", c.as_str()))
        .unwrap_or_default();
    Ok(see_other(format!(
        "/{}/console?confirmed={count}{chosen_state}",
        lang.code()
    )))
}
