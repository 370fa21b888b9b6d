//! Signing in and out of the web application, with the accounts, the password check and the
//! throttling of the API's sign-in.

use actix_web::{http::header, http::StatusCode, web, HttpRequest, HttpResponse, ResponseError};
use askama::Template;

use super::see_other;
use crate::api::client_address;
use crate::auth::{sign_in, AuthPolicy, Hasher};
use crate::db::Pool;
use crate::domain::{AccountEmail, Password};
use crate::error::ApiError;
use crate::web::form::Form;
use crate::web::i18n::Lang;
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::session::{self, SignedIn};

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInTemplate {
    page: Page,
    token: String,
    email: String,
    error: Option<String>,
}

/// The sign-in form with a fresh CSRF token bound to its cookie.
fn form_page(
    req: &HttpRequest,
    lang: Lang,
    status: StatusCode,
    email: String,
    error: Option<String>,
) -> HttpResponse {
    let (cookie, token) = session::sign_in_token(req);
    let page = Page::new(req, lang.t("sign-in-title"), None);
    let mut response = html(
        status,
        &SignInTemplate {
            page,
            token,
            email,
            error,
        },
        lang,
    );
    let _ = response.add_cookie(&cookie);
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    response
}

/// `GET /{lang}/sign-in`.
pub async fn sign_in_form(req: HttpRequest, lang: Lang, user: Option<SignedIn>) -> HttpResponse {
    if user.is_some() {
        return see_other(format!("/{}/console", lang.code()));
    }
    form_page(&req, lang, StatusCode::OK, String::new(), None)
}

/// `POST /{lang}/sign-in`: on success a session cookie and the console.
pub async fn sign_in(
    req: HttpRequest,
    lang: Lang,
    pool: web::Data<Pool>,
    hasher: web::Data<Hasher>,
    policy: web::Data<AuthPolicy>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    let typed = form.get("email").to_owned();
    if !session::sign_in_token_holds(&req, form.get("csrf")) {
        let error = lang.t("sign-in-expired");
        return Ok(form_page(
            &req,
            lang,
            StatusCode::FORBIDDEN,
            typed,
            Some(error),
        ));
    }
    let password = form.raw("password").to_owned();
    let email = match AccountEmail::parse(&typed) {
        Ok(email) if password.chars().count() <= Password::MAX_CHARS && !password.is_empty() => {
            email
        }
        _ => {
            let error = lang.t("sign-in-wrong");
            return Ok(form_page(
                &req,
                lang,
                StatusCode::UNAUTHORIZED,
                typed,
                Some(error),
            ));
        }
    };
    let address = client_address::of(&req).unwrap_or(std::net::IpAddr::from([0, 0, 0, 0]));
    let user =
        match sign_in::check(&pool, &hasher, &policy.throttle, &email, password, address).await {
            Ok(user) => user,
            Err(e) => {
                let (status, key) = match &e {
                    ApiError::Unauthorized(_) => (StatusCode::UNAUTHORIZED, "sign-in-wrong"),
                    other if other.status_code() == StatusCode::TOO_MANY_REQUESTS => {
                        (StatusCode::TOO_MANY_REQUESTS, "error-too-many")
                    }
                    other if other.status_code() == StatusCode::SERVICE_UNAVAILABLE => {
                        (StatusCode::SERVICE_UNAVAILABLE, "error-unavailable")
                    }
                    _ => return Err(PageError::from_api(lang, e)),
                };
                let mut response = form_page(&req, lang, status, typed, Some(lang.t(key)));
                let retry = e
                    .error_response()
                    .headers()
                    .get(header::RETRY_AFTER)
                    .cloned();
                if let Some(retry) = retry {
                    response.headers_mut().insert(header::RETRY_AFTER, retry);
                }
                return Ok(response);
            }
        };
    let cookie = session::start(&req, &pool, user.id, policy.session_ttl)
        .await
        .or_page(lang)?;
    tracing::info!(user_id = %user.id, "signed in to the web application");
    let mut response = see_other(format!("/{}/console", lang.code()));
    let _ = response.add_cookie(&cookie);
    let _ = response.add_cookie(&session::removal(&req, session::SIGN_IN_COOKIE));
    Ok(response)
}

/// `POST /{lang}/sign-out`: the session revoked on the server and its cookie removed.
pub async fn sign_out(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    let Some(user) = user else {
        return Ok(see_other(format!("/{}/", lang.code())));
    };
    if !user.csrf_holds(form.get("csrf")) {
        return Err(PageError::forged(lang));
    }
    let cookie = session::end(&req, &pool, &user).await.or_page(lang)?;
    let mut response = see_other(format!("/{}/", lang.code()));
    let _ = response.add_cookie(&cookie);
    Ok(response)
}
