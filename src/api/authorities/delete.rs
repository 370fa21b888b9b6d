//! `DELETE /v1/authorities/{id}`.

use crate::api::params::parse_id;
use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};

use super::{
    dto::AuthorityView,
    write::{answer, context},
};
use crate::api::params::{NoQuery, Params};
use crate::api::{connection, etag};
use crate::auth::Caller;
use crate::db::Pool;
use crate::directory;
use crate::error::{ApiError, Problem};

/// Retire an authority: it leaves the default listing (`status=retired` or `any` still finds it),
/// stays readable with its history, and the change feed reports it deleted. `If-Match` is required.
#[utoipa::path(
    delete,
    path = "/v1/authorities/{id}",
    operation_id = "delete_authority",
    tag = "directory",
    security(("bearer" = [])),
    params(
        ("id" = uuid::Uuid, Path, description = "The authority's id"),
        ("If-Match" = String, Header, description = "The ETag last read"),
    ),
    responses(
        (status = 200, description = "Retired; the record as it now stands", body = AuthorityView, headers(("ETag" = String))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A reader, or another State's record", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such authority", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already retired", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Changed since read", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "If-Match missing", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_authority(
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
    let authority = conn
        .transaction::<_, ApiError, _>(|conn| {
            async move { directory::retire(conn, &ctx, id, &precondition).await }.scope_boxed()
        })
        .await?;
    answer(&caller, &authority, StatusCode::OK)
}
