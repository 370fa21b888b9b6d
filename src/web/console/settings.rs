//! What the signed-in account prefers: the language of the messages sent to it, and whether its
//! reminders are paused. The same setting as `PUT /v1/me`.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;

use super::{require, see_other};
use crate::api::auth::me::me;
use crate::api::connection;
use crate::clock::Clock;
use crate::db::{models, Pool};
use crate::domain::AccountLanguage;
use crate::error::{ApiError, FieldError};
use crate::web::form::Form;
use crate::web::i18n::Lang;
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::problems;
use crate::web::session::SignedIn;

#[derive(Template)]
#[template(path = "settings.html")]
struct SettingsTemplate {
    page: Page,
    language: String,
    reminders_paused: bool,
    languages: Vec<(&'static str, &'static str)>,
    saved: bool,
    problem: Option<String>,
}

/// `GET /{lang}/console/settings`.
pub async fn settings(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, PageError> {
    let user = require(lang, user)?;
    let account = me(&user.caller, &pool).await.or_page(lang)?;
    let saved = req.query_string().contains("saved");
    let template = SettingsTemplate {
        page: Page::new(&req, lang.t("settings-title"), Some(user)),
        language: account.language,
        reminders_paused: account.reminders_paused,
        languages: Lang::ALL.map(|l| (l.code(), l.endonym())).to_vec(),
        saved,
        problem: None,
    };
    Ok(html(StatusCode::OK, &template, lang))
}

/// `POST /{lang}/console/settings`.
pub async fn save_settings(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    clock: web::Data<Clock>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let user = require(lang, user)?;
    let form = Form::parse(&body);
    if !user.csrf_holds(form.get("csrf")) {
        return Err(PageError::forged(lang));
    }
    let account = user.caller.require_account().or_page(lang)?.id;
    let paused = form.has("reminders_paused");
    let language = match form.get("language").parse::<AccountLanguage>() {
        Ok(language) => language,
        Err(e) => {
            let template = SettingsTemplate {
                page: Page::new(&req, lang.t("settings-title"), Some(user)),
                language: form.get("language").to_owned(),
                reminders_paused: paused,
                languages: Lang::ALL.map(|l| (l.code(), l.endonym())).to_vec(),
                saved: false,
                problem: Some(problems::translated(lang, &e.to_string())),
            };
            return Ok(html(StatusCode::UNPROCESSABLE_ENTITY, &template, lang));
        }
    };
    let mut conn = connection(&pool).await.or_page(lang)?;
    let found =
        models::user::set_preferences(&mut conn, account, language.as_str(), paused, clock.now())
            .await
            .or_page(lang)?;
    if !found {
        return Err(PageError::from_api(
            lang,
            ApiError::Validation(vec![FieldError::new("account", "no longer exists")]),
        ));
    }
    Ok(see_other(format!(
        "/{}/console/settings?saved",
        lang.code()
    )))
}
