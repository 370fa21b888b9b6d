//! `POST /v1/cases`.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};

use super::{
    dto::{views, CaseView},
    input::CaseInput,
};
use crate::api::{
    connection,
    write::{context, tagged_json},
};
use crate::auth::Caller;
use crate::db::Pool;
use crate::directory::cases;
use crate::error::{ApiError, Problem};

/// Create a case. A focal point's case belongs to their own State; an administrator names the
/// country.
#[utoipa::path(
    post,
    path = "/v1/cases",
    operation_id = "create_case",
    tag = "case law",
    security(("bearer" = [])),
    request_body = CaseInput,
    responses(
        (status = 201, description = "Created", body = CaseView, headers(("ETag" = String), ("Location" = String))),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A reader, or a focal point naming another State", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_case(
    req: HttpRequest,
    caller: Caller,
    pool: web::Data<Pool>,
    payload: web::Json<serde_json::Value>,
) -> Result<HttpResponse, ApiError> {
    let ctx = context(&req, &caller)?;
    let (draft, body_country) = CaseInput::from_json(payload.into_inner())?.parse()?;
    let country = ctx.country_for(body_country.as_ref())?;
    let mut conn = connection(&pool).await?;
    let case = conn
        .transaction::<_, ApiError, _>(|conn| {
            async move { cases::create(conn, &ctx, uuid::Uuid::new_v4(), draft, country).await }
                .scope_boxed()
        })
        .await?;
    let view = views(&mut conn, vec![case]).await?.remove(0);
    tagged_json(
        StatusCode::CREATED,
        view.case.version,
        &format!("/v1/cases/{}", view.case.id),
        &view,
    )
}
