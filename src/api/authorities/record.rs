//! Authorities as a resource: the generic record handlers for `/v1/authorities`, with their
//! descriptions.

use super::dto::{legislation_links, AuthorityDetail};
use crate::api::records::{record_handler, Resource};
use crate::auth::Caller;
use crate::db::Conn;
use crate::directory::input::authority::AuthorityInput;
use crate::domain::{visibility::authority_view, Authority};
use crate::error::{ApiError, Problem};

impl Resource for Authority {
    type Input = AuthorityInput;
    type View = AuthorityDetail;
    const ROUTE: &'static str = "/v1/authorities";

    async fn view(
        conn: &mut Conn,
        caller: &Caller,
        authority: Authority,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<AuthorityDetail, ApiError> {
        let legislation = legislation_links(conn, &authority).await?;
        Ok(AuthorityDetail {
            authority: authority_view(&authority, caller.tier_for(&authority.country), now),
            legislation,
        })
    }
}

record_handler! {
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
            (status = 201, description = "Created", body = AuthorityDetail,
             headers(("ETag" = String), ("Location" = String))),
            (status = 403, description = "A reader, or a focal point naming another State", body = Problem, content_type = "application/problem+json"),
            (status = 422, description = "Invalid fields, or an Idempotency-Key reused with another body", body = Problem, content_type = "application/problem+json"),
        )
    )]
    create create_authority for Authority
}

record_handler! {
    /// One authority, active or retired, with the fields the caller may see, and the national provisions
    /// implementing the articles its designations cite.
    #[utoipa::path(
        get,
        path = "/v1/authorities/{id}",
        operation_id = "get_authority",
        security((), ("bearer" = [])),
        tag = "directory",
        params(("id" = Uuid, Path, description = "The authority's id")),
        responses(
            (status = 200, description = "The authority", body = AuthorityDetail,
             headers(("ETag" = String, description = "Strong validator: \"<version>-<digest>\""))),
            (status = 304, description = "Not modified (If-None-Match)"),
        )
    )]
    get get_authority for Authority
}

record_handler! {
    /// Replace an authority's whole document. `If-Match` with the ETag last read is required, so an edit
    /// made meanwhile by someone else is never overwritten (412). Read-only members in the body are
    /// ignored; `country` may be sent but not changed.
    #[utoipa::path(
        put,
        path = "/v1/authorities/{id}",
        operation_id = "update_authority",
        tag = "directory",
        security(("bearer" = [])),
        request_body = AuthorityInput,
        params(
            ("id" = uuid::Uuid, Path, description = "The authority's id"),
            ("If-Match" = String, Header, description = "The ETag last read"),
        ),
        responses(
            (status = 200, description = "Updated", body = AuthorityDetail, headers(("ETag" = String))),
            (status = 403, description = "A reader, or another State's record", body = Problem, content_type = "application/problem+json"),
        )
    )]
    replace update_authority for Authority
}

record_handler! {
    /// Retire an authority: it leaves the default listing (`status=retired` or `any` still finds it),
    /// stays readable with its history, and the change feed reports it deleted. `If-Match` is required.
    #[utoipa::path(
        delete,
        path = "/v1/authorities/{id}",
        operation_id = "delete_authority",
        tag = "directory",
        security(("bearer" = [])),
        params(
            ("id" = uuid::Uuid, Path, description = "The authority's id"),
            ("If-Match" = String, Header, description = "The ETag last read"),
        ),
        responses(
            (status = 200, description = "Retired; the record as it now stands", body = AuthorityDetail, headers(("ETag" = String))),
            (status = 403, description = "A reader, or another State's record", body = Problem, content_type = "application/problem+json"),
            (status = 409, description = "Already retired", body = Problem, content_type = "application/problem+json"),
        )
    )]
    remove delete_authority for Authority
}

record_handler! {
    /// Confirm that an authority's record is still correct as of now: sets `last_confirmed_at` and
    /// `last_confirmed_by` and clears `stale`. `If-Match` is optional here; when sent, it is checked.
    #[utoipa::path(
        post,
        path = "/v1/authorities/{id}/confirm",
        operation_id = "confirm_authority",
        tag = "directory",
        security(("bearer" = [])),
        params(
            ("id" = uuid::Uuid, Path, description = "The authority's id"),
            ("If-Match" = Option<String>, Header, description = "The ETag last read (optional)"),
        ),
        responses(
            (status = 200, description = "Confirmed", body = AuthorityDetail, headers(("ETag" = String))),
            (status = 403, description = "A reader, or another State's record", body = Problem, content_type = "application/problem+json"),
            (status = 409, description = "Retired", body = Problem, content_type = "application/problem+json"),
        )
    )]
    confirm confirm_authority for Authority
}
