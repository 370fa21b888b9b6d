//! The console: what a signed-in focal point maintains (their own State's records, stale ones
//! first, each to confirm or edit), and for administrators any State's. Every write goes through
//! the directory pipeline with the account as the actor, exactly as the API's writes do, so the
//! pipeline's scope check refuses another State's record whatever a form names.

pub mod admin;
pub mod authority_form;
pub mod case_form;
pub mod editor;
pub mod history;
pub mod law_form;
pub mod outbox;
pub mod records;
pub mod remove;
pub mod settings;
pub mod sign_in;

use actix_web::{http::header, HttpRequest, HttpResponse};

use crate::auth::Caller;
use crate::directory::WriteContext;
use crate::error::ApiError;
use crate::web::i18n::Lang;
use crate::web::page::{OrPage, PageError};
use crate::web::session::SignedIn;

/// A redirect after a form, so reloading the next page does not send the form again.
pub fn see_other(location: String) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

/// The signed-in account of a console page, or the way to the sign-in form.
pub fn require(lang: Lang, user: Option<SignedIn>) -> Result<SignedIn, PageError> {
    user.ok_or_else(|| PageError::sign_in(lang))
}

/// The writer of a form posted by `user`, once its CSRF token is the session's: 403 otherwise,
/// and for accounts that do not write (readers).
pub fn writer(
    req: &HttpRequest,
    lang: Lang,
    user: &SignedIn,
    sent_token: &str,
) -> Result<WriteContext, PageError> {
    if !user.csrf_holds(sent_token) {
        return Err(PageError::forged(lang));
    }
    crate::api::write::context(req, &user.caller).or_page(lang)
}

/// The State whose records the console shows: a focal point's own; the one an administrator chose.
pub fn state_of(caller: &Caller, chosen: Option<&str>) -> Option<String> {
    match caller {
        Caller::FocalPoint(_, own) => Some(own.as_str().to_owned()),
        Caller::Admin(_) => chosen
            .map(|c| c.trim().to_ascii_uppercase())
            .filter(|c| c.len() == 3),
        _ => None,
    }
}

/// The record `id` of kind `R`, when `user` may write it: 404 when unknown, 403 outside their
/// scope. The pipeline checks the scope again when the write happens; this keeps the forms of
/// another State's records from being drawn at all.
pub async fn writable<R: crate::directory::Record>(
    pool: &crate::db::Pool,
    lang: Lang,
    user: &SignedIn,
    id: &str,
) -> Result<R, PageError> {
    let (_, record) = crate::web::pages::load::<R>(pool, lang, id).await?;
    let scope = user.caller.write_scope().or_page(lang)?;
    if !scope.allows(record.country()) {
        return Err(PageError::from_api(lang, crate::directory::out_of_scope()));
    }
    Ok(record)
}

/// The page for a write the pipeline refused.
pub fn refused(lang: Lang, e: ApiError) -> PageError {
    match e {
        ApiError::PreconditionFailed => PageError::new(
            lang,
            actix_web::http::StatusCode::CONFLICT,
            "console-conflict",
            "",
        ),
        other => PageError::from_api(lang, other),
    }
}
