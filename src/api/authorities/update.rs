//! `PUT /v1/authorities/{id}`.

use crate::api::params::parse_id;
use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};

use super::{
    dto::AuthorityView,
    input::AuthorityInput,
    write::{answer, context},
};
use crate::api::params::{NoQuery, Params};
use crate::api::{connection, etag};
use crate::auth::Caller;
use crate::db::Pool;
use crate::directory;
use crate::error::{ApiError, Problem};

/// Replace an authority's whole document. `If-Match` with the ETag last read is required, so an edit
/// made meanwhile by someone else is never overwritten (412). Read-only members in the body are
/// ignored; `country` may be sent but not changed.
#[utoipa::path(
    put,
    path = "/v1/authorities/{id}",
    operation_id = "update_authority",
    tag = "directory",
    security(("bearer" = [])),
    request_body = AuthorityInput,
    params(
        ("id" = uuid::Uuid, Path, description = "The authority's id"),
        ("If-Match" = String, Header, description = "The ETag last read"),
    ),
    responses(
        (status = 200, description = "Updated", body = AuthorityView, headers(("ETag" = String))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A reader, or another State's record", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such authority", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Changed since read", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match missing", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn update_authority(
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
    let draft = AuthorityInput::from_json(payload.into_inner())?.parse()?;
    let mut conn = connection(&pool).await?;
    let authority = conn
        .transaction::<_, ApiError, _>(|conn| {
            async move { directory::update(conn, &ctx, id, &precondition, draft).await }
                .scope_boxed()
        })
        .await?;
    answer(&caller, &authority, StatusCode::OK)
}
