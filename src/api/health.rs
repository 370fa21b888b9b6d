//! Liveness and readiness. `/healthz` says the process answers; `/readyz` says it can serve: the
//! database is reachable and the search index has caught up with the change log. A load balancer sends traffic only to ready processes.

use actix_web::{web, HttpResponse};
use diesel_async::RunQueryDsl;
use serde::Serialize;
use utoipa::ToSchema;

use crate::db::Pool;
use crate::error::{ApiError, Problem};
use crate::search::SearchState;

/// The answer of a health check.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// `ok` or `ready`.
    #[schema(example = "ok")]
    pub status: &'static str,
}

/// Liveness: the process is up.
#[utoipa::path(
    get,
    path = "/healthz",
    operation_id = "get_healthz",
    tag = "health",
    responses((status = 200, description = "The process answers", body = Health))
)]
pub async fn get_healthz() -> HttpResponse {
    HttpResponse::Ok().json(Health { status: "ok" })
}

/// Readiness: the database answers and this process's search index has caught up.
#[utoipa::path(
    get,
    path = "/readyz",
    operation_id = "get_readyz",
    tag = "health",
    responses(
        (status = 200, description = "Ready to serve", body = Health),
        (status = 503, description = "The database cannot be reached, or the search index is catching up", body = Problem,
         content_type = "application/problem+json"),
    )
)]
pub async fn get_readyz(
    pool: web::Data<Pool>,
    search: web::Data<SearchState>,
) -> Result<HttpResponse, ApiError> {
    let mut conn = super::connection(&pool).await?;
    diesel::sql_query("SELECT 1")
        .execute(&mut conn)
        .await
        .map_err(|e| ApiError::Unavailable(format!("database check failed: {e}")))?;
    if !search.is_ready() {
        return Err(ApiError::Unavailable(
            "the search index is catching up with the change log".into(),
        ));
    }
    Ok(HttpResponse::Ok().json(Health { status: "ready" }))
}
