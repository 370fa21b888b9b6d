//! Treaty participation as a resource: the generic record handlers for `/v1/treaties`, with their
//! descriptions.

use crate::api::pagination::page_type;
use crate::api::records::{record_handler, Resource};
use crate::auth::Caller;
use crate::db::Conn;
use crate::directory::input::treaty::TreatyInput;
use crate::domain::treaty::TreatyParticipation;
use crate::error::{ApiError, Problem};

page_type!(TreatyPage, TreatyParticipation);

impl Resource for TreatyParticipation {
    type Input = TreatyInput;
    type View = TreatyParticipation;
    const ROUTE: &'static str = "/v1/treaties";

    async fn view(
        _: &mut Conn,
        _: &Caller,
        record: TreatyParticipation,
        _: chrono::DateTime<chrono::Utc>,
    ) -> Result<TreatyParticipation, ApiError> {
        Ok(record)
    }
}

record_handler! {
    /// Record a State's participation in an instrument (administrators only). One record per State
    /// and instrument. With an `Idempotency-Key` header, a retried create returns the first answer.
    #[utoipa::path(
        post,
        path = "/v1/treaties",
        operation_id = "create_treaty",
        tag = "treaties",
        security(("bearer" = [])),
        request_body = TreatyInput,
        params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retried create safe: the same key and body return the first answer")),
        responses(
            (status = 201, description = "Created", body = TreatyParticipation, headers(("ETag" = String), ("Location" = String))),
            (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
            (status = 422, description = "Invalid fields, a second record for the same State and instrument, or an Idempotency-Key reused with another body", body = Problem, content_type = "application/problem+json"),
        )
    )]
    create create_treaty for TreatyParticipation
}

record_handler! {
    /// One State's participation in one instrument.
    #[utoipa::path(
        get,
        path = "/v1/treaties/{id}",
        operation_id = "get_treaty",
        security((), ("bearer" = [])),
        tag = "treaties",
        params(("id" = uuid::Uuid, Path, description = "The record's id")),
        responses(
            (status = 200, description = "The record", body = TreatyParticipation, headers(("ETag" = String))),
            (status = 304, description = "Not modified (If-None-Match)"),
        )
    )]
    get get_treaty for TreatyParticipation
}

record_handler! {
    /// Replace a record's whole document (administrators only). `If-Match` is required (428 without
    /// it, 412 when stale).
    #[utoipa::path(
        put,
        path = "/v1/treaties/{id}",
        operation_id = "update_treaty",
        tag = "treaties",
        security(("bearer" = [])),
        request_body = TreatyInput,
        params(("id" = uuid::Uuid, Path, description = "The record's id"), ("If-Match" = String, Header, description = "The ETag last read")),
        responses(
            (status = 200, description = "Updated", body = TreatyParticipation, headers(("ETag" = String))),
            (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        )
    )]
    replace update_treaty for TreatyParticipation
}

record_handler! {
    /// Delete a record (administrators only). Its history is kept and the change feed reports the
    /// deletion. `If-Match` is required.
    #[utoipa::path(
        delete,
        path = "/v1/treaties/{id}",
        operation_id = "delete_treaty",
        tag = "treaties",
        security(("bearer" = [])),
        params(("id" = uuid::Uuid, Path, description = "The record's id"), ("If-Match" = String, Header, description = "The ETag last read")),
        responses(
            (status = 204, description = "Deleted"),
            (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        )
    )]
    remove delete_treaty for TreatyParticipation
}
