//! The administrators' pages of the console: accounts (create, disable) and partner clients
//! (create, with the key shown once; revoke), with the same rules as the API's administration
//! routes.

use actix_web::{http::header, http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;

use super::{require, see_other};
use crate::api::connection;
use crate::auth::{accounts, accounts::NewUser, partners, partners::NewPartner, Caller, Hasher};
use crate::db::{models, Pool};
use crate::error::ApiError;
use crate::web::form::Form;
use crate::web::i18n::Lang;
use crate::web::labels;
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::problems;
use crate::web::session::SignedIn;

/// At most this many accounts or clients are listed.
const MAX_LISTED: i64 = 1000;

/// The signed-in administrator, or the page that refuses.
pub(super) fn admin(lang: Lang, user: Option<SignedIn>) -> Result<SignedIn, PageError> {
    let user = require(lang, user)?;
    match user.caller {
        Caller::Admin(_) => Ok(user),
        _ => Err(PageError::from_api(
            lang,
            ApiError::Forbidden("only administrators manage accounts and partners".into()),
        )),
    }
}

/// The signed-in administrator of a form whose CSRF token holds.
fn admin_form(lang: Lang, user: Option<SignedIn>, form: &Form) -> Result<SignedIn, PageError> {
    let user = admin(lang, user)?;
    if !user.csrf_holds(form.get("csrf")) {
        return Err(PageError::forged(lang));
    }
    Ok(user)
}

pub struct AccountLine {
    pub id: String,
    pub email: String,
    pub role: String,
    pub country: String,
    pub active: bool,
}

#[derive(Template)]
#[template(path = "accounts.html")]
struct AccountsTemplate {
    page: Page,
    accounts: Vec<AccountLine>,
    problems: Vec<(String, String)>,
    typed: NewAccount,
    /// The six languages, by code, each named in itself.
    languages: Vec<(&'static str, &'static str)>,
}

/// What the form for a new account was given, drawn again when it is refused.
#[derive(Clone)]
pub struct NewAccount {
    pub email: String,
    pub role: String,
    pub country: String,
    pub language: String,
}

impl NewAccount {
    fn read(form: &Form) -> Self {
        NewAccount {
            email: form.get("email").to_owned(),
            role: form.get("role").to_owned(),
            country: form.get("country").to_ascii_uppercase(),
            language: form.get("language").to_owned(),
        }
    }
}

async fn accounts_page(
    req: &HttpRequest,
    lang: Lang,
    user: SignedIn,
    pool: &Pool,
    status: StatusCode,
    typed: NewAccount,
    problems: Vec<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let labels = labels::get(pool).await.or_page(lang)?;
    let mut conn = connection(pool).await.or_page(lang)?;
    let accounts = models::user::list(&mut conn, None, MAX_LISTED)
        .await
        .or_page(lang)?
        .into_iter()
        .map(|u| AccountLine {
            id: u.id.to_string(),
            email: u.email,
            role: lang.t(&format!("role-account-{}", u.role)),
            country: u
                .country
                .map(|c| labels.country(&c, lang).to_owned())
                .unwrap_or_default(),
            active: u.active,
        })
        .collect();
    let template = AccountsTemplate {
        page: Page::new(req, lang.t("console-accounts"), Some(user)),
        accounts,
        problems,
        typed,
        languages: Lang::ALL.map(|l| (l.code(), l.endonym())).to_vec(),
    };
    Ok(html(status, &template, lang))
}

/// `GET /{lang}/console/accounts`.
pub async fn accounts(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, PageError> {
    let user = admin(lang, user)?;
    let typed = NewAccount {
        email: String::new(),
        role: "focal_point".to_owned(),
        country: String::new(),
        language: lang.code().to_owned(),
    };
    accounts_page(&req, lang, user, &pool, StatusCode::OK, typed, vec![]).await
}

/// `POST /{lang}/console/accounts`: a new account.
pub async fn create_account(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    hasher: web::Data<Hasher>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    let user = admin_form(lang, user, &form)?;
    let typed = NewAccount::read(&form);
    let country = Some(typed.country.as_str()).filter(|c| !c.is_empty());
    let language = Some(typed.language.as_str()).filter(|l| !l.is_empty());
    let created = async {
        let new = NewUser::parse(
            &typed.email,
            &typed.role,
            country,
            form.raw("password"),
            language,
        )?;
        let hash = hasher.hash(new.password.expose().to_owned()).await?;
        let mut conn = connection(&pool).await?;
        accounts::create(&mut conn, &new, hash).await
    }
    .await;
    match created {
        Ok(_) => Ok(see_other(format!("/{}/console/accounts", lang.code()))),
        Err(ApiError::Validation(errors)) => {
            let problems = errors
                .into_iter()
                .map(|e| (e.field, problems::translated(lang, &e.message)))
                .collect();
            accounts_page(
                &req,
                lang,
                user,
                &pool,
                StatusCode::UNPROCESSABLE_ENTITY,
                typed,
                problems,
            )
            .await
        }
        Err(ApiError::Conflict(message)) => {
            let problems = vec![("email".to_owned(), problems::translated(lang, &message))];
            accounts_page(
                &req,
                lang,
                user,
                &pool,
                StatusCode::CONFLICT,
                typed,
                problems,
            )
            .await
        }
        Err(e) => Err(PageError::from_api(lang, e)),
    }
}

/// `POST /{lang}/console/accounts/{id}/disable`: the account disabled and its sessions ended.
pub async fn disable_account(
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    admin_form(lang, user, &form)?;
    let id = uuid::Uuid::parse_str(&path).map_err(|_| PageError::not_found(lang))?;
    let mut conn = connection(&pool).await.or_page(lang)?;
    accounts::disable(&mut conn, id).await.or_page(lang)?;
    Ok(see_other(format!("/{}/console/accounts", lang.code())))
}

pub struct PartnerLine {
    pub id: String,
    pub name: String,
    pub tier: String,
    pub key_prefix: String,
    pub last_used: String,
    pub revoked: bool,
}

#[derive(Template)]
#[template(path = "partners.html")]
struct PartnersTemplate {
    page: Page,
    partners: Vec<PartnerLine>,
    problems: Vec<(String, String)>,
    /// The key of the client just made: shown this once, never stored in the clear.
    new_key: Option<String>,
}

async fn partners_page(
    req: &HttpRequest,
    lang: Lang,
    user: SignedIn,
    pool: &Pool,
    status: StatusCode,
    problems: Vec<(String, String)>,
    new_key: Option<String>,
) -> Result<HttpResponse, PageError> {
    let mut conn = connection(pool).await.or_page(lang)?;
    let partners = models::partner::list(&mut conn, None, MAX_LISTED)
        .await
        .or_page(lang)?
        .into_iter()
        .map(|p| PartnerLine {
            id: p.id.to_string(),
            name: p.name,
            tier: lang.t(&format!("tier-{}", p.tier)),
            key_prefix: p.key_prefix,
            last_used: p
                .last_used_at
                .as_ref()
                .map(crate::web::text::date)
                .unwrap_or_default(),
            revoked: p.revoked_at.is_some(),
        })
        .collect();
    let template = PartnersTemplate {
        page: Page::new(req, lang.t("console-partners"), Some(user)),
        partners,
        problems,
        new_key,
    };
    let mut response = html(status, &template, lang);
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    Ok(response)
}

/// `GET /{lang}/console/partners`.
pub async fn partners(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, PageError> {
    let user = admin(lang, user)?;
    partners_page(&req, lang, user, &pool, StatusCode::OK, vec![], None).await
}

/// `POST /{lang}/console/partners`: a new client; its key is on the page answered, only there.
pub async fn create_partner(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    let user = admin_form(lang, user, &form)?;
    let created = async {
        let new = NewPartner::parse(form.get("name"), form.get("tier"))?;
        let mut conn = connection(&pool).await?;
        partners::create(&mut conn, &new, &user.email).await
    }
    .await;
    match created {
        Ok((_, key)) => {
            partners_page(
                &req,
                lang,
                user,
                &pool,
                StatusCode::CREATED,
                vec![],
                Some(key),
            )
            .await
        }
        Err(ApiError::Validation(errors)) => {
            let problems = errors
                .into_iter()
                .map(|e| (e.field, problems::translated(lang, &e.message)))
                .collect();
            partners_page(
                &req,
                lang,
                user,
                &pool,
                StatusCode::UNPROCESSABLE_ENTITY,
                problems,
                None,
            )
            .await
        }
        Err(e) => Err(PageError::from_api(lang, e)),
    }
}

/// `POST /{lang}/console/partners/{id}/revoke`.
pub async fn revoke_partner(
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    body: web::Bytes,
) -> Result<HttpResponse, PageError> {
    let form = Form::parse(&body);
    admin_form(lang, user, &form)?;
    let id = uuid::Uuid::parse_str(&path).map_err(|_| PageError::not_found(lang))?;
    let mut conn = connection(&pool).await.or_page(lang)?;
    if !models::partner::revoke(&mut conn, id, chrono::Utc::now())
        .await
        .or_page(lang)?
    {
        return Err(PageError::not_found(lang));
    }
    Ok(see_other(format!("/{}/console/partners", lang.code())))
}
