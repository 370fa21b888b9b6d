//! `DELETE /v1/legislation/{id}`.

use actix_web::{web, HttpRequest, HttpResponse};
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};

use crate::api::params::parse_id;
use crate::api::params::{NoQuery, Params};
use crate::api::{connection, etag, write::context};
use crate::auth::Caller;
use crate::db::Pool;
use crate::directory::legislation;
use crate::error::{ApiError, Problem};

/// Delete a law. Its history is kept, the change feed reports the deletion, and charges that applied
/// its provisions keep their text but lose the link. `If-Match` is required.
#[utoipa::path(
    delete,
    path = "/v1/legislation/{id}",
    operation_id = "delete_legislation",
    tag = "legislation",
    security(("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The law's id"), ("If-Match" = String, Header, description = "The ETag last read")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A reader, or another State's law", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such law", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Changed since read", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match missing", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_legislation(
    req: HttpRequest,
    caller: Caller,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    let ctx = context(&req, &caller)?;
    let id = parse_id(&path)?;
    let precondition = etag::require_if_match(&req)?;
    let mut conn = connection(&pool).await?;
    conn.transaction::<_, ApiError, _>(|conn| {
        async move { legislation::delete(conn, &ctx, id, &precondition).await }.scope_boxed()
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
