//! Laws as a resource: the generic record handlers for `/v1/legislation`, with their descriptions.

use super::dto::{views, LawView};
use crate::api::records::{record_handler, Resource};
use crate::auth::Caller;
use crate::db::Conn;
use crate::directory::input::law::LawInput;
use crate::domain::legislation::Law;
use crate::error::{ApiError, Problem};

impl Resource for Law {
    type Input = LawInput;
    type View = LawView;
    const ROUTE: &'static str = "/v1/legislation";

    async fn view(
        conn: &mut Conn,
        _: &Caller,
        law: Law,
        _: chrono::DateTime<chrono::Utc>,
    ) -> Result<LawView, ApiError> {
        views(conn, vec![law])
            .await?
            .pop()
            .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("a law without its view")))
    }
}

record_handler! {
    /// Create a law with its provisions. A focal point's law belongs to their own State; an administrator
    /// names the country. With an `Idempotency-Key` header, a retried create returns the first answer
    /// instead of creating a duplicate.
    #[utoipa::path(
        post,
        path = "/v1/legislation",
        operation_id = "create_legislation",
        tag = "legislation",
        security(("bearer" = [])),
        request_body = LawInput,
        params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retried create safe: the same key and body return the first answer")),
        responses(
            (status = 201, description = "Created", body = LawView, headers(("ETag" = String), ("Location" = String))),
            (status = 403, description = "A reader, or a focal point naming another State", body = Problem, content_type = "application/problem+json"),
            (status = 422, description = "Invalid fields, or an Idempotency-Key reused with another body", body = Problem, content_type = "application/problem+json"),
        )
    )]
    create create_legislation for Law
}

record_handler! {
    /// One law with its provisions and, for each provision, the cases applying it.
    #[utoipa::path(
        get,
        path = "/v1/legislation/{id}",
        operation_id = "get_legislation",
        security((), ("bearer" = [])),
        tag = "legislation",
        params(("id" = uuid::Uuid, Path, description = "The law's id")),
        responses(
            (status = 200, description = "The law", body = LawView, headers(("ETag" = String))),
            (status = 304, description = "Not modified (If-None-Match)"),
        )
    )]
    get get_legislation for Law
}

record_handler! {
    /// Replace a law's whole document. `If-Match` is required (428 without it, 412 when stale).
    #[utoipa::path(
        put,
        path = "/v1/legislation/{id}",
        operation_id = "update_legislation",
        tag = "legislation",
        security(("bearer" = [])),
        request_body = LawInput,
        params(("id" = uuid::Uuid, Path, description = "The law's id"), ("If-Match" = String, Header, description = "The ETag last read")),
        responses(
            (status = 200, description = "Updated", body = LawView, headers(("ETag" = String))),
            (status = 403, description = "A reader, or another State's law", body = Problem, content_type = "application/problem+json"),
        )
    )]
    replace update_legislation for Law
}

record_handler! {
    /// Delete a law. Its history is kept, the change feed reports the deletion, and charges that applied
    /// its provisions keep their text but lose the link. `If-Match` is required.
    #[utoipa::path(
        delete,
        path = "/v1/legislation/{id}",
        operation_id = "delete_legislation",
        tag = "legislation",
        security(("bearer" = [])),
        params(("id" = uuid::Uuid, Path, description = "The law's id"), ("If-Match" = String, Header, description = "The ETag last read")),
        responses(
            (status = 204, description = "Deleted"),
            (status = 403, description = "A reader, or another State's law", body = Problem, content_type = "application/problem+json"),
        )
    )]
    remove delete_legislation for Law
}
