//! `GET /v1/me`.

use actix_web::HttpResponse;

use super::dto::Me;
use crate::api::params::{NoQuery, Params};
use crate::auth::Caller;
use crate::error::{ApiError, Problem};

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
pub async fn get_me(caller: Caller, _: Params<NoQuery>) -> Result<HttpResponse, ApiError> {
    let account = caller.require_account()?;
    let (role, country) = match &caller {
        Caller::Admin(_) => ("admin", None),
        Caller::FocalPoint(_, country) => ("focal_point", Some(country.as_str().to_owned())),
        _ => ("reader", None),
    };
    Ok(HttpResponse::Ok().json(Me {
        id: account.id,
        email: account.email.clone(),
        role: role.into(),
        country,
    }))
}
