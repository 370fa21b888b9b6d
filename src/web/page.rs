//! What every page shares: the interface language taken from the URL, the chrome the layout
//! template draws (title, language switcher, who is signed in), rendering, and error pages.

use std::future::{ready, Ready};

use actix_web::{
    dev::Payload, http::header, http::StatusCode, FromRequest, HttpRequest, HttpResponse,
    ResponseError,
};
use askama::Template;

use super::i18n::Lang;
use super::session::SignedIn;
use crate::error::ApiError;

/// The interface language of a page: the first segment of its path (`/fr/...`).
impl FromRequest for Lang {
    type Error = actix_web::Error;
    type Future = Ready<Result<Lang, actix_web::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(lang_of(req)))
    }
}

/// The language a path is in, English when it names none.
pub fn lang_of(req: &HttpRequest) -> Lang {
    req.path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .and_then(Lang::parse)
        .unwrap_or(Lang::En)
}

/// The chrome of a page.
pub struct Page {
    pub lang: Lang,
    pub title: String,
    /// The path after the language prefix, with its query: the same page in another language.
    here: String,
    /// The account signed in, if any.
    pub user: Option<SignedIn>,
}

impl Page {
    pub fn new(req: &HttpRequest, title: impl Into<String>, user: Option<SignedIn>) -> Self {
        let lang = lang_of(req);
        let path = req.path();
        let rest = path
            .strip_prefix(&format!("/{}", lang.code()))
            .unwrap_or(path);
        let rest = if rest.is_empty() { "/" } else { rest };
        let here = match req.query_string() {
            "" => rest.to_owned(),
            q => format!("{rest}?{q}"),
        };
        Page {
            lang,
            title: title.into(),
            here,
            user,
        }
    }

    /// The interface message `key`.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// The message `key` with one number.
    pub fn tn(&self, key: &str, count: impl std::fmt::Display) -> String {
        let count = count.to_string();
        let count = fluent_bundle::FluentValue::try_number(&count);
        self.lang.t_with(key, &[("count", count)])
    }

    /// The message `key` with one text.
    pub fn ts(&self, key: &str, name: &str) -> String {
        self.lang
            .t_with(key, &[("name", fluent_bundle::FluentValue::from(name))])
    }

    /// A path of this site in the page's language: `link("/search")` is `/fr/search`.
    pub fn link(&self, rest: &str) -> String {
        format!("/{}{}", self.lang.code(), rest)
    }

    pub fn asset(&self, name: &str) -> String {
        super::assets::url(name)
    }

    /// Each language with the URL of this page in it, for the switcher.
    pub fn languages(&self) -> Vec<(Lang, String)> {
        Lang::ALL
            .into_iter()
            .map(|l| (l, format!("/{}{}", l.code(), self.here)))
            .collect()
    }

    pub fn is(&self, lang: &Lang) -> bool {
        self.lang == *lang
    }

    /// The CSRF token forms of this page carry (empty when nobody is signed in).
    pub fn csrf(&self) -> &str {
        self.user.as_ref().map(|u| u.csrf.as_str()).unwrap_or("")
    }
}

/// A rendered page, answered with `status`.
pub fn html(status: StatusCode, template: &impl Template, lang: Lang) -> HttpResponse {
    match template.render() {
        Ok(body) => HttpResponse::build(status)
            .insert_header((header::CONTENT_TYPE, "text/html; charset=utf-8"))
            .insert_header((header::CONTENT_LANGUAGE, lang.code()))
            .body(body),
        Err(e) => PageError::internal(lang, e).error_response(),
    }
}

/// A page that could not be answered, shown as a page in its language.
#[derive(Debug)]
pub struct PageError {
    pub lang: Lang,
    pub status: StatusCode,
    /// The message key of the heading.
    pub key: &'static str,
    /// What went wrong, in the words of the error (stored text is escaped like any other).
    pub detail: String,
    /// Where to send the browser instead of showing a page (a console page without a session).
    pub location: Option<String>,
}

impl std::fmt::Display for PageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status, self.detail)
    }
}

impl PageError {
    /// The page answered with `status`, headed by the message `key`, with `detail`.
    pub fn new(
        lang: Lang,
        status: StatusCode,
        key: &'static str,
        detail: impl Into<String>,
    ) -> Self {
        PageError {
            lang,
            status,
            key,
            detail: detail.into(),
            location: None,
        }
    }

    pub fn not_found(lang: Lang) -> Self {
        PageError::new(lang, StatusCode::NOT_FOUND, "error-not-found", "")
    }

    pub fn bad_request(lang: Lang, detail: impl Into<String>) -> Self {
        PageError::new(lang, StatusCode::BAD_REQUEST, "error-bad-request", detail)
    }

    /// A page that needs a session, asked for without one: the way to the sign-in form.
    pub fn sign_in(lang: Lang) -> Self {
        PageError {
            lang,
            status: StatusCode::SEE_OTHER,
            key: "error-unauthorized",
            detail: String::new(),
            location: Some(format!("/{}/sign-in", lang.code())),
        }
    }

    /// A form whose CSRF token is not its session's: forged, or from an ended session.
    pub fn forged(lang: Lang) -> Self {
        PageError::new(lang, StatusCode::FORBIDDEN, "error-forged", "")
    }

    pub fn internal(lang: Lang, e: impl std::fmt::Display) -> Self {
        tracing::error!(error = %e, "page failed");
        PageError::new(
            lang,
            StatusCode::INTERNAL_SERVER_ERROR,
            "error-internal",
            "",
        )
    }

    /// The page for an error of the library the API shares.
    pub fn from_api(lang: Lang, e: ApiError) -> Self {
        let status = e.status_code();
        let key = match status.as_u16() {
            404 => "error-not-found",
            403 => "error-forbidden",
            401 => "error-unauthorized",
            429 => "error-too-many",
            503 => "error-unavailable",
            400..=499 => "error-bad-request",
            _ => return PageError::internal(lang, e),
        };
        let detail = if status.as_u16() == 404 {
            String::new()
        } else {
            e.to_string()
        };
        PageError::new(lang, status, key, detail)
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate<'a> {
    page: Page,
    error: &'a PageError,
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        if let Some(location) = &self.location {
            return HttpResponse::SeeOther()
                .insert_header((header::LOCATION, location.clone()))
                .finish();
        }
        let page = Page {
            lang: self.lang,
            title: self.lang.t(self.key),
            here: "/".into(),
            user: None,
        };
        let template = ErrorTemplate { page, error: self };
        match template.render() {
            Ok(body) => HttpResponse::build(self.status)
                .insert_header((header::CONTENT_TYPE, "text/html; charset=utf-8"))
                .body(body),
            Err(_) => HttpResponse::build(self.status)
                .insert_header((header::CONTENT_TYPE, "text/plain; charset=utf-8"))
                .body(self.status.to_string()),
        }
    }
}

/// Turns a library error into the page for it.
pub trait OrPage<T> {
    fn or_page(self, lang: Lang) -> Result<T, PageError>;
}

impl<T, E: Into<ApiError>> OrPage<T> for Result<T, E> {
    fn or_page(self, lang: Lang) -> Result<T, PageError> {
        self.map_err(|e| PageError::from_api(lang, e.into()))
    }
}
