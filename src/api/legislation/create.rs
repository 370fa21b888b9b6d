//! `POST /v1/legislation`.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};

use super::{
    dto::{views, LawView},
    input::LawInput,
};
use crate::api::{
    connection,
    write::{context, tagged_json},
};
use crate::auth::Caller;
use crate::db::Pool;
use crate::directory::legislation;
use crate::error::{ApiError, Problem};

/// Create a law with its provisions. A focal point's law belongs to their own State; an administrator
/// names the country.
#[utoipa::path(
    post,
    path = "/v1/legislation",
    operation_id = "create_legislation",
    tag = "legislation",
    security(("bearer" = [])),
    request_body = LawInput,
    responses(
        (status = 201, description = "Created", body = LawView, headers(("ETag" = String), ("Location" = String))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A reader, or a focal point naming another State", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_legislation(
    req: HttpRequest,
    caller: Caller,
    pool: web::Data<Pool>,
    payload: web::Json<serde_json::Value>,
) -> Result<HttpResponse, ApiError> {
    let ctx = context(&req, &caller)?;
    let draft = LawInput::from_json(payload.into_inner())?.parse()?;
    let country = ctx.country_for(draft.country.as_ref())?;
    let mut conn = connection(&pool).await?;
    let law = conn
        .transaction::<_, ApiError, _>(|conn| {
            async move { legislation::create(conn, &ctx, uuid::Uuid::new_v4(), draft, country).await }.scope_boxed()
        })
        .await?;
    let view = views(&mut conn, vec![law]).await?.remove(0);
    tagged_json(
        StatusCode::CREATED,
        view.version,
        &format!("/v1/legislation/{}", view.id),
        &view,
    )
}
