//! `GET /v1/me` and `PUT /v1/me`.

use actix_web::{web, HttpResponse};

use super::dto::{Me, Preferences};
use crate::api::connection;
use crate::api::params::{NoQuery, Params};
use crate::auth::Caller;
use crate::clock::Clock;
use crate::db::{models, Pool};
use crate::directory::input as body;
use crate::domain::AccountLanguage;
use crate::error::{ApiError, FieldError, Problem};

/// The signed-in account.
#[utoipa::path(
    get,
    path = "/v1/me",
    operation_id = "get_me",
    tag = "accounts",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The account", body = Me),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A partner API key, which is not an account", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_me(
    caller: Caller,
    pool: web::Data<Pool>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(me(&caller, &pool).await?))
}

/// Sets what the signed-in account prefers: the language of the messages sent to it (reminders)
/// and whether its reminders are paused.
#[utoipa::path(
    put,
    path = "/v1/me",
    operation_id = "set_my_preferences",
    tag = "accounts",
    security(("bearer" = [])),
    request_body = Preferences,
    responses(
        (status = 200, description = "The account as it now stands", body = Me),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A partner API key, which is not an account", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn put_me(
    caller: Caller,
    pool: web::Data<Pool>,
    clock: web::Data<Clock>,
    payload: web::Json<serde_json::Value>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    let account = caller.require_account()?;
    let input: Preferences = body::parse(payload.into_inner())?;
    let language = input
        .language
        .parse::<AccountLanguage>()
        .map_err(|e| ApiError::Validation(vec![FieldError::new("language", e.to_string())]))?;
    let mut conn = connection(&pool).await?;
    if !models::user::set_preferences(
        &mut conn,
        account.id,
        language.as_str(),
        input.reminders_paused,
        clock.now(),
    )
    .await?
    {
        return Err(ApiError::Unauthorized(
            "the account no longer exists".into(),
        ));
    }
    Ok(HttpResponse::Ok().json(me(&caller, &pool).await?))
}

/// The account of `caller` as `GET /v1/me` shows it.
pub async fn me(caller: &Caller, pool: &Pool) -> Result<Me, ApiError> {
    let account = caller.require_account()?;
    let (role, country) = match caller {
        Caller::Admin(_) => ("admin", None),
        Caller::FocalPoint(_, country) => ("focal_point", Some(country.as_str().to_owned())),
        _ => ("reader", None),
    };
    let mut conn = connection(pool).await?;
    let user = models::user::find(&mut conn, account.id)
        .await?
        .ok_or_else(|| ApiError::Unauthorized("the account no longer exists".into()))?;
    Ok(Me {
        id: account.id,
        email: account.email.clone(),
        role: role.into(),
        country,
        language: user.language,
        reminders_paused: user.reminders_paused,
    })
}
