//! What every write handler shares: the caller's write context, the tagged answer, and creates
//! made safe to retry with an `Idempotency-Key`.

use actix_web::{
    http::{header, StatusCode},
    HttpRequest, HttpResponse,
};
use diesel_async::{scoped_futures::ScopedBoxFuture, AsyncConnection};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::api::{connection, etag};
use crate::auth::Caller;
use crate::db::models::version::Actor;
use crate::db::{models, Conn, Pool};
use crate::directory::WriteContext;
use crate::error::{ApiError, FieldError};
use crate::telemetry::RequestId;

/// The longest `Idempotency-Key` accepted.
pub const MAX_IDEMPOTENCY_KEY_LEN: usize = 200;

/// Who is writing: 401 when anonymous, 403 for readers.
pub fn context(req: &HttpRequest, caller: &Caller) -> Result<WriteContext, ApiError> {
    let scope = caller.write_scope()?;
    let account = caller.require_account()?;
    Ok(WriteContext {
        actor: Actor {
            id: Some(account.id),
            name: account.email.clone(),
        },
        scope,
        request_id: RequestId::of(req),
        reference: None,
        clock: crate::clock::Clock::of(req),
        via: None,
    })
}

/// A JSON answer with the record's new ETag and its location.
pub fn tagged_json<T: Serialize>(
    status: StatusCode,
    version: i64,
    location: &str,
    value: &T,
) -> Result<HttpResponse, ApiError> {
    let body = serde_json::to_vec(value).map_err(|e| ApiError::Internal(e.into()))?;
    Ok(HttpResponse::build(status)
        .insert_header((header::ETAG, etag::etag(version, &body)))
        .insert_header((header::LOCATION, location.to_owned()))
        .content_type("application/json")
        .body(body))
}

/// A record just created, as its writer sees it: the document with top-level `id` and `version`.
pub struct Created(pub serde_json::Value);

impl Created {
    pub fn of<T: Serialize>(view: &T) -> Result<Self, ApiError> {
        serde_json::to_value(view)
            .map(Created)
            .map_err(|e| ApiError::Internal(e.into()))
    }
}

/// Runs `create` in one transaction and answers 201 with the record, its ETag and its location
/// (`<route>/<id>`). With an `Idempotency-Key` header, the answer is kept in the same transaction,
/// and a retry by the same account with the same key, route and body gets it again
/// (`Idempotent-Replayed: true`) instead of creating a second record; a retry still running waits
/// for the first. The key reused with another route or body is a 422.
pub async fn create_once<'a, F>(
    req: &HttpRequest,
    ctx: &WriteContext,
    pool: &Pool,
    payload: &serde_json::Value,
    create: F,
) -> Result<HttpResponse, ApiError>
where
    F: for<'r> FnOnce(&'r mut Conn) -> ScopedBoxFuture<'a, 'r, Result<Created, ApiError>>
        + Send
        + 'a,
{
    let key = idempotency_key(req)?;
    let route = req.path().trim_end_matches('/').to_owned();
    let mut hasher = Sha256::new();
    hasher.update(req.method().as_str());
    hasher.update(b" ");
    hasher.update(route.as_bytes());
    hasher.update(b"\n");
    hasher.update(payload.to_string().as_bytes());
    let request_hash = hasher.finalize().to_vec();
    let claim = key.zip(ctx.actor.id);
    let mut conn = connection(pool).await?;
    let (body, replayed) = conn
        .transaction::<_, ApiError, _>(move |conn| {
            Box::pin(async move {
                if let Some((key, user_id)) = &claim {
                    if let Some(stored) =
                        models::idempotency::claim(conn, *user_id, key, &request_hash).await?
                    {
                        if stored.request_hash != request_hash {
                            return Err(ApiError::Validation(vec![FieldError::new(
                                "Idempotency-Key",
                                "this key was already used with another request",
                            )]));
                        }
                        return Ok((stored.response.unwrap_or_default(), true));
                    }
                }
                let Created(body) = create(conn).await?;
                if let Some((key, user_id)) = &claim {
                    models::idempotency::complete(conn, *user_id, key, 201, &body).await?;
                }
                Ok((body, false))
            })
        })
        .await?;
    let location = format!("{route}/{}", body["id"].as_str().unwrap_or_default());
    let version = body["version"].as_i64().unwrap_or_default();
    let mut response = tagged_json(StatusCode::CREATED, version, &location, &body)?;
    if replayed {
        response.headers_mut().insert(
            header::HeaderName::from_static("idempotent-replayed"),
            header::HeaderValue::from_static("true"),
        );
    }
    Ok(response)
}

/// The request's `Idempotency-Key`, if any: 1 to 200 visible ASCII characters.
fn idempotency_key(req: &HttpRequest) -> Result<Option<String>, ApiError> {
    let Some(value) = req.headers().get("idempotency-key") else {
        return Ok(None);
    };
    let key = value.to_str().map(str::trim).unwrap_or_default();
    if key.is_empty()
        || key.len() > MAX_IDEMPOTENCY_KEY_LEN
        || !key.bytes().all(|b| b.is_ascii_graphic())
    {
        return Err(ApiError::BadRequest(format!(
            "Idempotency-Key must be 1 to {MAX_IDEMPOTENCY_KEY_LEN} visible ASCII characters"
        )));
    }
    Ok(Some(key.to_owned()))
}
