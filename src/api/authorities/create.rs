//! `POST /v1/authorities`.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};
use sha2::{Digest, Sha256};

use super::{
    dto::AuthorityView,
    input::AuthorityInput,
    write::{answer, context},
};
use crate::api::connection;
use crate::auth::Caller;
use crate::db::{models, Pool};
use crate::directory;
use crate::error::{ApiError, FieldError, Problem};

/// The longest `Idempotency-Key` accepted.
const MAX_KEY_LEN: usize = 200;

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
) -> Result<HttpResponse, ApiError> {
    let ctx = context(&req, &caller)?;
    let payload = payload.into_inner();
    let request_hash = Sha256::digest(payload.to_string().as_bytes()).to_vec();
    let draft = AuthorityInput::from_json(payload)?.parse()?;
    let country = ctx.country_for(draft.country.as_ref())?;
    let key = idempotency_key(&req)?;
    let user_id = ctx.actor.id;
    let mut conn = connection(&pool).await?;
    let outcome = conn
        .transaction::<_, ApiError, _>(|conn| {
            async move {
                if let (Some(key), Some(user_id)) = (&key, user_id) {
                    if let Some(stored) =
                        models::idempotency::claim(conn, user_id, key, &request_hash).await?
                    {
                        if stored.request_hash != request_hash {
                            return Err(ApiError::Validation(vec![FieldError::new(
                                "Idempotency-Key",
                                "this key was already used with a different body",
                            )]));
                        }
                        return Ok(Err(stored));
                    }
                }
                let authority =
                    directory::create(conn, &ctx, uuid::Uuid::new_v4(), draft, country).await?;
                if let (Some(key), Some(user_id)) = (&key, user_id) {
                    let view = crate::domain::visibility::authority_view(
                        &authority,
                        &caller,
                        chrono::Utc::now(),
                    );
                    let json =
                        serde_json::to_value(&view).map_err(|e| ApiError::Internal(e.into()))?;
                    models::idempotency::complete(conn, user_id, key, 201, &json).await?;
                }
                Ok(Ok((authority, caller)))
            }
            .scope_boxed()
        })
        .await?;
    match outcome {
        Ok((authority, caller)) => answer(&caller, &authority, StatusCode::CREATED),
        Err(stored) => {
            let body = stored.response.unwrap_or_default();
            let id = body["id"].as_str().unwrap_or_default().to_owned();
            let version = body["version"].as_i64().unwrap_or_default();
            let bytes = serde_json::to_vec(&body).map_err(|e| ApiError::Internal(e.into()))?;
            let status = stored
                .status
                .and_then(|s| StatusCode::from_u16(s as u16).ok())
                .unwrap_or(StatusCode::CREATED);
            Ok(HttpResponse::build(status)
                .insert_header(("ETag", crate::api::etag::etag(version, &bytes)))
                .insert_header(("Location", format!("/v1/authorities/{id}")))
                .insert_header(("Idempotent-Replayed", "true"))
                .content_type("application/json")
                .body(bytes))
        }
    }
}

fn idempotency_key(req: &HttpRequest) -> Result<Option<String>, ApiError> {
    let Some(value) = req.headers().get("idempotency-key") else {
        return Ok(None);
    };
    let key = value.to_str().map(str::trim).unwrap_or_default();
    if key.is_empty() || key.len() > MAX_KEY_LEN {
        return Err(ApiError::BadRequest(format!(
            "Idempotency-Key must be 1 to {MAX_KEY_LEN} visible ASCII characters"
        )));
    }
    Ok(Some(key.to_owned()))
}
