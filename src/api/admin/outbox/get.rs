//! `GET /v1/admin/outbox/{id}`.

use actix_web::{web, HttpResponse};

use super::dto::{AttemptDto, MessageDetail, MessageDto};
use crate::api::connection;
use crate::api::params::{NoQuery, Params};
use crate::auth::Caller;
use crate::db::{models, Pool};
use crate::error::{ApiError, Problem};

/// One message of the outbox, with its text (the tokens of its confirmation links left out) and
/// every attempt to send it.
#[utoipa::path(
    get,
    path = "/v1/admin/outbox/{id}",
    operation_id = "get_outbox_message",
    tag = "administration",
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "The message's id")),
    responses(
        (status = 200, description = "The message", body = MessageDetail),
        (status = 400, description = "Invalid id", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such message", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_outbox_message(
    caller: Caller,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require_admin()?;
    let id = path
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| {
            ApiError::invalid_parameter("id", "must be a message id (a whole number from 1)")
        })?;
    let mut conn = connection(&pool).await?;
    let message = models::outbox::find(&mut conn, id)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no message has the id {id}")))?;
    let attempts = models::outbox::attempts(&mut conn, &[id]).await?;
    // A waiting message holds live links: nobody but its recipient sees their tokens.
    let body = crate::reminders::links::redact(&message.body);
    Ok(HttpResponse::Ok().json(MessageDetail {
        message: MessageDto::from(message),
        body,
        attempts_made: attempts.into_iter().map(AttemptDto::from).collect(),
    }))
}
