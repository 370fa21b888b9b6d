//! `GET /v1/admin/outbox`.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto::{MessageDto, OutboxPage};
use crate::api::{
    connection,
    pagination::{finish_page, PageRequest},
    params::{Params, Parser},
};
use crate::auth::Caller;
use crate::config::ReminderSettings;
use crate::db::{models, models::outbox::Status, Pool};
use crate::domain::CodeError;
use crate::error::{ApiError, Problem};

/// Query parameters of `GET /v1/admin/outbox`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct OutboxQuery {
    /// `waiting` or `sent`: those messages only.
    pub status: Option<String>,
    /// Page size, 1 to 200 (default 20).
    pub limit: Option<String>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

fn parse_status(raw: &str) -> Result<Status, CodeError> {
    match raw.trim() {
        "waiting" => Ok(Status::Waiting),
        "sent" => Ok(Status::Sent),
        _ => Err(CodeError::new("must be waiting or sent")),
    }
}

/// List the messages of the outbox, newest first: reminders and summaries, waiting or sent, with
/// how many attempts each took and why the last one failed.
#[utoipa::path(
    get,
    path = "/v1/admin/outbox",
    operation_id = "list_outbox",
    tag = "administration",
    security(("bearer" = [])),
    params(OutboxQuery),
    responses(
        (status = 200, description = "A page of messages", body = OutboxPage),
        (status = 400, description = "Invalid query parameter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_outbox(
    caller: Caller,
    pool: web::Data<Pool>,
    settings: web::Data<ReminderSettings>,
    Params(query): Params<OutboxQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require_admin()?;
    let mut parser = Parser::default();
    let status = parser.optional("status", query.status.as_deref(), parse_status);
    let page: PageRequest<i64> = PageRequest::parse(
        &mut parser,
        query.limit.as_deref(),
        query.cursor.as_deref(),
        &status,
    );
    parser.finish()?;
    let mut conn = connection(&pool).await?;
    let rows = models::outbox::list(&mut conn, status, page.after, page.limit + 1).await?;
    let (rows, next_cursor) = finish_page(rows, &page, |m| m.id);
    let waiting = models::outbox::waiting(&mut conn).await?;
    Ok(HttpResponse::Ok().json(OutboxPage {
        items: rows.into_iter().map(MessageDto::from).collect(),
        next_cursor,
        smtp_configured: settings.smtp_url.is_some(),
        waiting,
    }))
}
