//! The page a reminder's one-click link opens: `GET /{lang}/confirm/{token}` shows the record and
//! a **Confirm** button, and changes nothing (mail scanners follow links); only the button's
//! `POST` confirms, through the pipeline. A used, expired or superseded link says so and offers
//! the sign-in form.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;

use crate::api::connection;
use crate::clock::Clock;
use crate::db::Pool;
use crate::domain::Authority;
use crate::reminders::links::{self, LinkState, Outcome};
use crate::telemetry::RequestId;
use crate::web::i18n::Lang;
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::session::SignedIn;
use crate::web::text;

#[derive(Template)]
#[template(path = "confirm_link.html")]
struct LinkTemplate {
    page: Page,
    /// The message key of what the page says.
    say: &'static str,
    /// Whether the page shows the Confirm button.
    open: bool,
    record: Option<RecordSummary>,
}

pub struct RecordSummary {
    pub id: String,
    pub name: String,
    pub country: String,
    pub last_confirmed: Option<String>,
}

fn summary(authority: &Authority, lang: Lang) -> RecordSummary {
    RecordSummary {
        id: authority.id.to_string(),
        name: text::title(&authority.names, &authority.original_language, lang),
        country: authority.country.as_str().to_owned(),
        last_confirmed: authority.last_confirmed_at.as_ref().map(text::date),
    }
}

fn answer(
    req: &HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    state: Option<LinkState>,
    record: Option<RecordSummary>,
) -> HttpResponse {
    let (status, say) = match state {
        None => (StatusCode::NOT_FOUND, "link-unknown"),
        Some(LinkState::Open) => (StatusCode::OK, "link-lead"),
        Some(LinkState::Used) => (StatusCode::GONE, "link-used"),
        Some(LinkState::Expired) => (StatusCode::GONE, "link-expired"),
        Some(LinkState::Superseded) => (StatusCode::GONE, "link-superseded"),
    };
    let template = LinkTemplate {
        page: Page::new(req, lang.t("link-title"), user),
        say,
        open: state == Some(LinkState::Open),
        record,
    };
    html(status, &template, lang)
}

/// `GET /{lang}/confirm/{token}`.
pub async fn show(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    clock: web::Data<Clock>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let mut conn = connection(&pool).await.or_page(lang)?;
    let opened = links::open(&mut conn, &path, clock.now())
        .await
        .or_page(lang)?;
    let Some(opened) = opened else {
        return Ok(answer(&req, lang, user, None, None));
    };
    let record = opened.authority.as_ref().map(|a| summary(a, lang));
    Ok(answer(&req, lang, user, Some(opened.state), record))
}

/// `POST /{lang}/confirm/{token}`.
pub async fn confirm(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    clock: web::Data<Clock>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let mut conn = connection(&pool).await.or_page(lang)?;
    let outcome = links::confirm(&mut conn, &path, &clock, RequestId::of(&req))
        .await
        .or_page(lang)?;
    Ok(match outcome {
        None => answer(&req, lang, user, None, None),
        Some(Outcome::Refused(state)) => answer(&req, lang, user, Some(state), None),
        Some(Outcome::Confirmed(authority)) => {
            let template = LinkTemplate {
                page: Page::new(&req, lang.t("link-title"), user),
                say: "link-done",
                open: false,
                record: Some(summary(&authority, lang)),
            };
            html(StatusCode::OK, &template, lang)
        }
    })
}
