//! `POST /v1/admin/partners`.

use actix_web::{web, HttpResponse};

use super::dto::{CreatePartner, CreatedPartner, PartnerDto};
use crate::api::connection;
use crate::api::params::{NoQuery, Params};
use crate::auth::{partners, partners::NewPartner, Caller};
use crate::db::Pool;
use crate::directory::input as body;
use crate::error::{ApiError, Problem};

/// Create a partner client; the answer holds its API key, shown this once.
#[utoipa::path(
    post,
    path = "/v1/admin/partners",
    operation_id = "create_partner",
    tag = "administration",
    security(("bearer" = [])),
    request_body = CreatePartner,
    responses(
        (status = 201, description = "Created, with the key", body = CreatedPartner),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_partner(
    caller: Caller,
    pool: web::Data<Pool>,
    payload: web::Json<serde_json::Value>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    let admin = caller.require_admin()?;
    let input: CreatePartner = body::parse(payload.into_inner())?;
    let new = NewPartner::parse(&input.name, &input.tier)?;
    let mut conn = connection(&pool).await?;
    let (client, api_key) = partners::create(&mut conn, &new, &admin.email).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/v1/admin/partners/{}", client.id)))
        .insert_header(("Cache-Control", "no-store"))
        .json(CreatedPartner {
            client: PartnerDto::from(client),
            api_key,
        }))
}
