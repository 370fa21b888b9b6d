//! `POST /v1/cases`.

use actix_web::{web, HttpRequest, HttpResponse};
use diesel_async::scoped_futures::ScopedFutureExt;

use super::{
    dto::{views, CaseView},
    input::CaseInput,
};
use crate::api::params::{NoQuery, Params};
use crate::api::write::{context, create_once, Created};
use crate::auth::Caller;
use crate::db::Pool;
use crate::directory::cases;
use crate::error::{ApiError, Problem};

/// Create a case. A focal point's case belongs to their own State; an administrator names the
/// country. With an `Idempotency-Key` header, a retried create returns the first answer instead
/// of creating a duplicate.
#[utoipa::path(
    post,
    path = "/v1/cases",
    operation_id = "create_case",
    tag = "case law",
    security(("bearer" = [])),
    request_body = CaseInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retried create safe: the same key and body return the first answer")),
    responses(
        (status = 201, description = "Created", body = CaseView, headers(("ETag" = String), ("Location" = String))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A reader, or a focal point naming another State", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields, or an Idempotency-Key reused with another body", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_case(
    req: HttpRequest,
    caller: Caller,
    pool: web::Data<Pool>,
    payload: web::Json<serde_json::Value>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    let ctx = context(&req, &caller)?;
    let payload = payload.into_inner();
    let (draft, body_country) = CaseInput::from_json(payload.clone())?.parse()?;
    let country = ctx.country_for(body_country.as_ref())?;
    let writer = ctx.clone();
    create_once(&req, &ctx, &pool, &payload, move |conn| {
        async move {
            let record = cases::create(conn, &writer, uuid::Uuid::new_v4(), draft, country).await?;
            Created::of(&views(conn, vec![record]).await?.remove(0))
        }
        .scope_boxed()
    })
    .await
}
