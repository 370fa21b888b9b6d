//! Cases as a resource: the generic record handlers for `/v1/cases`, with their descriptions.

use super::dto::{views, CaseView};
use crate::api::records::{record_handler, Resource};
use crate::auth::Caller;
use crate::db::Conn;
use crate::directory::input::case::CaseInput;
use crate::domain::case::Case;
use crate::error::{ApiError, Problem};

impl Resource for Case {
    type Input = CaseInput;
    type View = CaseView;
    const ROUTE: &'static str = "/v1/cases";

    async fn view(
        conn: &mut Conn,
        _: &Caller,
        case: Case,
        _: chrono::DateTime<chrono::Utc>,
    ) -> Result<CaseView, ApiError> {
        views(conn, vec![case])
            .await?
            .pop()
            .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("a case without its view")))
    }
}

record_handler! {
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
            (status = 403, description = "A reader, or a focal point naming another State", body = Problem, content_type = "application/problem+json"),
            (status = 422, description = "Invalid fields, or an Idempotency-Key reused with another body", body = Problem, content_type = "application/problem+json"),
        )
    )]
    create create_case for Case
}

record_handler! {
    /// One case, with the provisions its charges apply.
    #[utoipa::path(
        get,
        path = "/v1/cases/{id}",
        operation_id = "get_case",
        security((), ("bearer" = [])),
        tag = "case law",
        params(("id" = uuid::Uuid, Path, description = "The case's id")),
        responses(
            (status = 200, description = "The case", body = CaseView, headers(("ETag" = String))),
            (status = 304, description = "Not modified (If-None-Match)"),
        )
    )]
    get get_case for Case
}

record_handler! {
    /// Replace a case's whole document. `If-Match` is required (428 without it, 412 when stale).
    #[utoipa::path(
        put,
        path = "/v1/cases/{id}",
        operation_id = "update_case",
        tag = "case law",
        security(("bearer" = [])),
        request_body = CaseInput,
        params(("id" = uuid::Uuid, Path, description = "The case's id"), ("If-Match" = String, Header, description = "The ETag last read")),
        responses(
            (status = 200, description = "Updated", body = CaseView, headers(("ETag" = String))),
            (status = 403, description = "A reader, or another State's case", body = Problem, content_type = "application/problem+json"),
        )
    )]
    replace update_case for Case
}

record_handler! {
    /// Delete a case. Its history is kept and the change feed reports the deletion. `If-Match` is
    /// required.
    #[utoipa::path(
        delete,
        path = "/v1/cases/{id}",
        operation_id = "delete_case",
        tag = "case law",
        security(("bearer" = [])),
        params(("id" = uuid::Uuid, Path, description = "The case's id"), ("If-Match" = String, Header, description = "The ETag last read")),
        responses(
            (status = 204, description = "Deleted"),
            (status = 403, description = "A reader, or another State's case", body = Problem, content_type = "application/problem+json"),
        )
    )]
    remove delete_case for Case
}
