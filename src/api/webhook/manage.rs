//! `GET`, `PUT` and `DELETE /v1/webhook`, and `GET /v1/admin/partners/{id}/deliveries`.

use actix_web::{web, HttpResponse};

use super::dto::{DeliveryDto, DeliveryPage, RegisterWebhook, RegisteredWebhook, WebhookDto};
use crate::api::{
    connection,
    pagination::{finish_page, PageRequest},
    params::{Params, Parser},
    taxonomies::PageQuery,
};
use crate::auth::Caller;
use crate::db::{models, Pool};
use crate::directory::input as body;
use crate::error::{ApiError, FieldError, Problem};
use crate::webhooks::Destinations;

fn check_url(raw: &str, destinations: &Destinations) -> Result<String, ApiError> {
    let invalid = |message: &str| ApiError::Validation(vec![FieldError::new("url", message)]);
    if raw.len() > 2000 {
        return Err(invalid("at most 2000 characters"));
    }
    let url = url::Url::parse(raw).map_err(|e| invalid(&format!("not a URL: {e}")))?;
    if !matches!(url.scheme(), "https" | "http") || url.host_str().is_none() {
        return Err(invalid("an absolute https:// or http:// URL"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid("without credentials in it"));
    }
    // Checked again as written out: percent-encoding and IDNA can make it longer than it came.
    let url = url.to_string();
    if url.chars().count() > 2000 {
        return Err(invalid("at most 2000 characters, once percent-encoded"));
    }
    if let Some(reason) = destinations.refused(&url) {
        return Err(invalid(&format!("a URL naming a public address: {reason}")));
    }
    Ok(url)
}

/// Register (or replace) the caller's webhook; the answer holds the signing secret, shown once.
///
/// After changes, the URL is sent `{"type": "changes.available", "timestamp": ..., "data":
/// {"cursor": C}}` with the Standard Webhooks headers; read `GET /v1/changes` from your cursor.
#[utoipa::path(
    put,
    path = "/v1/webhook",
    operation_id = "register_webhook",
    tag = "partners",
    security(("bearer" = [])),
    request_body = RegisterWebhook,
    responses(
        (status = 200, description = "Registered, with its secret", body = RegisteredWebhook),
        (status = 401, description = "No or bad credentials", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a partner client", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid URL, or one naming a non-public address", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn register_webhook(
    caller: Caller,
    pool: web::Data<Pool>,
    destinations: web::Data<Destinations>,
    payload: web::Json<serde_json::Value>,
) -> Result<HttpResponse, ApiError> {
    let id = caller.require_partner()?;
    let input: RegisterWebhook = body::parse(payload.into_inner())?;
    let url = check_url(input.url.trim(), &destinations)?;
    let secret = crate::webhooks::new_secret();
    let mut conn = connection(&pool).await?;
    models::webhook::register(&mut conn, id, &url, &secret).await?;
    let webhook = models::webhook::find(&mut conn, id)
        .await?
        .ok_or_else(|| ApiError::NotFound("no webhook".into()))?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(RegisteredWebhook {
            webhook: WebhookDto::from(webhook),
            secret,
        }))
}

/// The caller's webhook and where its deliveries stand, without the secret.
#[utoipa::path(
    get,
    path = "/v1/webhook",
    operation_id = "get_webhook",
    tag = "partners",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The webhook", body = WebhookDto),
        (status = 401, description = "No or bad credentials", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a partner client", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No webhook registered", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_webhook(caller: Caller, pool: web::Data<Pool>) -> Result<HttpResponse, ApiError> {
    let id = caller.require_partner()?;
    let mut conn = connection(&pool).await?;
    let webhook = models::webhook::find(&mut conn, id)
        .await?
        .ok_or_else(|| ApiError::NotFound("no webhook is registered".into()))?;
    Ok(HttpResponse::Ok().json(WebhookDto::from(webhook)))
}

/// Stop notifying the caller.
#[utoipa::path(
    delete,
    path = "/v1/webhook",
    operation_id = "delete_webhook",
    tag = "partners",
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "No or bad credentials", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not a partner client", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No webhook registered", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn delete_webhook(
    caller: Caller,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, ApiError> {
    let id = caller.require_partner()?;
    let mut conn = connection(&pool).await?;
    if !models::webhook::remove(&mut conn, id).await? {
        return Err(ApiError::NotFound("no webhook is registered".into()));
    }
    Ok(HttpResponse::NoContent().finish())
}

/// A partner client's webhook delivery attempts, newest first.
#[utoipa::path(
    get,
    path = "/v1/admin/partners/{id}/deliveries",
    operation_id = "list_webhook_deliveries",
    tag = "administration",
    security(("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The client's id"), PageQuery),
    responses(
        (status = 200, description = "A page of attempts", body = DeliveryPage),
        (status = 400, description = "Invalid query parameter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such client", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_deliveries(
    caller: Caller,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    Params(query): Params<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require_admin()?;
    let id = crate::api::params::parse_id(&path)?;
    let mut parser = Parser::default();
    let page: PageRequest<i64> = PageRequest::parse(
        &mut parser,
        query.limit.as_deref(),
        query.cursor.as_deref(),
        &id,
    );
    parser.finish()?;
    let mut conn = connection(&pool).await?;
    if models::partner::find(&mut conn, id).await?.is_none() {
        return Err(ApiError::NotFound(format!(
            "no partner client has the id {id}"
        )));
    }
    let rows = models::webhook::deliveries(&mut conn, id, page.after, page.limit + 1).await?;
    let (rows, next_cursor) = finish_page(rows, &page, |d| d.id);
    Ok(HttpResponse::Ok().json(DeliveryPage {
        items: rows.into_iter().map(DeliveryDto::from).collect(),
        next_cursor,
    }))
}
