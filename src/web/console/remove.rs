//! Removing a record from the console, after a confirmation step: an authority is retired (it
//! stays readable with its history), a law or a case is deleted. The same pipeline as the API's
//! `DELETE`, with the version the confirmation page showed.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};
use uuid::Uuid;

use super::{refused, require, see_other, writable, writer};
use crate::api::connection;
use crate::db::Pool;
use crate::directory::{self, Precondition, Record, Removal};
use crate::domain::{case::Case, legislation::Law, Authority};
use crate::error::ApiError;
use crate::web::form::Form;
use crate::web::i18n::Lang;
use crate::web::page::{html, Page, PageError};
use crate::web::session::SignedIn;
use crate::web::text;

/// A kind of record the console removes: its title, and where its pages are.
pub trait Removable: Record {
    /// The path segment of its pages (`authorities`).
    const SEGMENT: &'static str;
    fn title(&self, lang: Lang) -> String;
}

impl Removable for Authority {
    const SEGMENT: &'static str = "authorities";
    fn title(&self, lang: Lang) -> String {
        text::title(&self.names, &self.original_language, lang)
    }
}

impl Removable for Law {
    const SEGMENT: &'static str = "legislation";
    fn title(&self, lang: Lang) -> String {
        text::title(&self.title, &self.original_language, lang)
    }
}

impl Removable for Case {
    const SEGMENT: &'static str = "cases";
    fn title(&self, lang: Lang) -> String {
        format!(
            "{} · {}",
            self.reference,
            text::title(&self.title, &self.original_language, lang)
        )
    }
}

#[derive(Template)]
#[template(path = "remove.html")]
struct RemoveTemplate {
    page: Page,
    action: String,
    back: String,
    version: i64,
    name: String,
    retire: bool,
}

/// `GET /{lang}/console/{segment}/{id}/remove`: the confirmation step.
pub async fn confirm_page<R: Removable>(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let user = require(lang, user)?;
    let record: R = writable(&pool, lang, &user, &path).await?;
    let retire = R::REMOVAL == Removal::Retire;
    let title = lang.t(if retire {
        "retire-title"
    } else {
        "delete-title"
    });
    let id = record.id();
    let template = RemoveTemplate {
        page: Page::new(&req, title, Some(user)),
        action: format!("/{}/console/{}/{id}/remove", lang.code(), R::SEGMENT),
        back: format!("/{}/{}/{id}", lang.code(), R::SEGMENT),
        version: record.version(),
        name: record.title(lang),
        retire,
    };
    Ok(html(StatusCode::OK, &template, lang))
}

/// `POST /{lang}/console/{segment}/{id}/remove`: removed through the pipeline.
pub async fn remove<R: Removable>(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let user = require(lang, user)?;
    let id = Uuid::parse_str(&path).map_err(|_| PageError::not_found(lang))?;
    let form = Form::parse(&body);
    let ctx = writer(&req, lang, &user, form.get("csrf"))?;
    let version: i64 = form.get("version").parse().unwrap_or(0);
    let mut conn = connection(&pool)
        .await
        .map_err(|e| PageError::from_api(lang, e))?;
    let removed: R = conn
        .transaction::<_, ApiError, _>(|conn| {
            async move {
                let precondition = Precondition::Versions(vec![version]);
                directory::remove::<R>(conn, &ctx, id, &precondition).await
            }
            .scope_boxed()
        })
        .await
        .map_err(|e| refused(lang, e))?;
    Ok(match R::REMOVAL {
        Removal::Retire => see_other(format!("/{}/{}/{id}", lang.code(), R::SEGMENT)),
        Removal::Delete => see_other(format!(
            "/{}/console?country={}",
            lang.code(),
            removed.country().as_str()
        )),
    })
}
