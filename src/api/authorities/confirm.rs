//! `POST /v1/authorities/{id}/confirm`.

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

/// Confirm that an authority's record is still correct as of now: sets `last_confirmed_at` and
/// `last_confirmed_by` and clears `stale`. `If-Match` is optional here; when sent, it is checked.
#[utoipa::path(
    post,
    path = "/v1/authorities/{id}/confirm",
    operation_id = "confirm_authority",
    tag = "directory",
    security(("bearer" = [])),
    params(
        ("id" = uuid::Uuid, Path, description = "The authority's id"),
        ("If-Match" = Option<String>, Header, description = "The ETag last read (optional)"),
    ),
    responses(
        (status = 200, description = "Confirmed", body = AuthorityView, headers(("ETag" = String))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A reader, or another State's record", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such authority", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Retired", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Changed since read", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn confirm_authority(
    req: HttpRequest,
    caller: Caller,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    let ctx = context(&req, &caller)?;
    let id = parse_id(&path)?;
    let precondition = etag::if_match(&req);
    let mut conn = connection(&pool).await?;
    let authority = conn
        .transaction::<_, ApiError, _>(|conn| {
            async move { directory::confirm(conn, &ctx, id, precondition.as_ref()).await }
                .scope_boxed()
        })
        .await?;
    answer(&caller, &authority, StatusCode::OK)
}
