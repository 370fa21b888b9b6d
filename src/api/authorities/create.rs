//! `POST /v1/authorities`.

use actix_web::{web, HttpRequest, HttpResponse};
use diesel_async::scoped_futures::ScopedFutureExt;

use super::{dto::AuthorityView, input::AuthorityInput, write::context};
use crate::api::params::{NoQuery, Params};
use crate::api::write::{create_once, Created};
use crate::auth::Caller;
use crate::db::Pool;
use crate::directory;
use crate::domain::visibility::authority_view;
use crate::error::{ApiError, Problem};

/// Create an authority. A focal point's record belongs to their own State (`country` may be omitted);
/// an administrator names the country. With an `Idempotency-Key` header, a retried create returns the
/// first answer instead of creating a duplicate.
#[utoipa::path(
    post,
    path = "/v1/authorities",
    operation_id = "create_authority",
    tag = "directory",
    security(("bearer" = [])),
    request_body = AuthorityInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retried create safe: the same key and body return the first answer")),
    responses(
        (status = 201, description = "Created", body = AuthorityView,
         headers(("ETag" = String), ("Location" = String))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A reader, or a focal point naming another State", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields, or an Idempotency-Key reused with another body", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_authority(
    req: HttpRequest,
    caller: Caller,
    pool: web::Data<Pool>,
    payload: web::Json<serde_json::Value>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    let ctx = context(&req, &caller)?;
    let payload = payload.into_inner();
    let draft = AuthorityInput::from_json(payload.clone())?.parse()?;
    let country = ctx.country_for(draft.country.as_ref())?;
    let writer = ctx.clone();
    create_once(&req, &ctx, &pool, &payload, move |conn| {
        async move {
            let authority =
                directory::create(conn, &writer, uuid::Uuid::new_v4(), draft, country).await?;
            Created::of(&authority_view(
                &authority,
                caller.tier_for(&authority.country),
                chrono::Utc::now(),
            ))
        }
        .scope_boxed()
    })
    .await
}
