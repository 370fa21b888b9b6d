//! `PUT /v1/cases/{id}`.

use crate::api::params::parse_id;
use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};

use super::{
    dto::{views, CaseView},
    input::CaseInput,
};
use crate::api::params::{NoQuery, Params};
use crate::api::{
    connection, etag,
    write::{context, tagged_json},
};
use crate::auth::Caller;
use crate::db::Pool;
use crate::directory::cases;
use crate::error::{ApiError, Problem};

/// Replace a case's whole document. `If-Match` is required (428 without it, 412 when stale).
#[utoipa::path(
    put,
    path = "/v1/cases/{id}",
    operation_id = "update_case",
    tag = "case law",
    security(("bearer" = [])),
    request_body = CaseInput,
    params(("id" = uuid::Uuid, Path, description = "The case's id"), ("If-Match" = String, Header, description = "The ETag last read")),
    responses(
        (status = 200, description = "Updated", body = CaseView, headers(("ETag" = String))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A reader, or another State's case", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Changed since read", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match missing", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_case(
    req: HttpRequest,
    caller: Caller,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    payload: web::Json<serde_json::Value>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    let ctx = context(&req, &caller)?;
    let id = parse_id(&path)?;
    let precondition = etag::require_if_match(&req)?;
    let (draft, body_country) = CaseInput::from_json(payload.into_inner())?.parse()?;
    let mut conn = connection(&pool).await?;
    let case = conn
        .transaction::<_, ApiError, _>(|conn| {
            async move { cases::update(conn, &ctx, id, &precondition, draft, body_country).await }
                .scope_boxed()
        })
        .await?;
    let view = views(&mut conn, vec![case]).await?.remove(0);
    tagged_json(
        StatusCode::OK,
        view.case.version,
        &format!("/v1/cases/{}", view.case.id),
        &view,
    )
}
