//! `GET /v1/admin/users`.

use actix_web::{web, HttpResponse};
use uuid::Uuid;

use super::dto::{UserDto, UserPage};
use crate::api::{
    connection,
    pagination::{finish_page, PageRequest},
    params::{Params, Parser},
    taxonomies::PageQuery,
};
use crate::auth::Caller;
use crate::db::{models, Pool};
use crate::error::{ApiError, Problem};

/// List accounts, ordered by id.
#[utoipa::path(
    get,
    path = "/v1/admin/users",
    operation_id = "list_users",
    tag = "administration",
    security(("bearer" = [])),
    params(PageQuery),
    responses(
        (status = 200, description = "A page of accounts", body = UserPage),
        (status = 400, description = "Invalid query parameter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_users(
    caller: Caller,
    pool: web::Data<Pool>,
    Params(query): Params<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require_admin()?;
    let mut parser = Parser::default();
    let page: PageRequest<Uuid> = PageRequest::parse(
        &mut parser,
        query.limit.as_deref(),
        query.cursor.as_deref(),
        &(),
    );
    parser.finish()?;
    let mut conn = connection(&pool).await?;
    let rows = models::user::list(&mut conn, page.after, page.limit + 1).await?;
    let (rows, next_cursor) = finish_page(rows, &page, |u| u.id);
    let items = rows.into_iter().map(UserDto::from).collect();
    Ok(HttpResponse::Ok().json(UserPage { items, next_cursor }))
}
