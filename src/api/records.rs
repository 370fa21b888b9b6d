//! The handlers every kind of record shares: read one, create (safe to retry with an
//! `Idempotency-Key`), replace (`If-Match` required), remove, confirm. A kind joins them by
//! implementing [`Resource`] (its route, its input type, its answer); the per-kind handlers in
//! `api/{authorities,legislation,cases}` only name these and carry their OpenAPI description.

use std::future::Future;

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};
use serde::Serialize;

use chrono::{DateTime, Utc};

use crate::api::params::parse_id;
use crate::api::write::{context, create_once, tagged_json, Created};
use crate::api::{connection, etag};
use crate::auth::Caller;
use crate::clock::Clock;
use crate::db::{Conn, Pool};
use crate::directory::{self, input::Input, Record, Removal};
use crate::error::ApiError;

/// A kind of record as the API serves it.
pub trait Resource: Record {
    /// The document a writer sends.
    type Input: Input<Draft = Self::Draft>;
    /// The document a reader gets: the record as the caller may see it, with what is computed
    /// from other records.
    type View: Serialize + Send;
    /// The collection's path (`/v1/legislation`).
    const ROUTE: &'static str;

    /// The record as `caller` may see it at `now` (which says whether it is stale).
    fn view(
        conn: &mut Conn,
        caller: &Caller,
        record: Self,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Self::View, ApiError>> + Send;
}

fn location<R: Resource>(record: &R) -> String {
    format!("{}/{}", R::ROUTE, record.id())
}

async fn answer<R: Resource>(
    conn: &mut Conn,
    now: DateTime<Utc>,
    caller: &Caller,
    record: R,
) -> Result<HttpResponse, ApiError> {
    let (version, location) = (record.version(), location(&record));
    let view = R::view(conn, caller, record, now).await?;
    tagged_json(StatusCode::OK, version, &location, &view)
}

/// `GET <route>/{id}`: the record, active or retired, with a strong ETag (304 when unchanged).
pub async fn get<R: Resource>(
    req: HttpRequest,
    caller: Caller,
    pool: web::Data<Pool>,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let id = parse_id(&path)?;
    let mut conn = connection(&pool).await?;
    let record = R::find_many(&mut conn, &[id])
        .await?
        .pop()
        .ok_or_else(|| ApiError::NotFound(format!("no {} has the id {id}", R::NOUN)))?;
    let version = record.version();
    let view = R::view(&mut conn, &caller, record, Clock::of(&req).now()).await?;
    etag::json_with_etag(&req, version, &view)
}

/// `POST <route>`: 201 with the record, its ETag and its location.
pub async fn create<R: Resource>(
    req: HttpRequest,
    caller: Caller,
    pool: web::Data<Pool>,
    payload: web::Json<serde_json::Value>,
) -> Result<HttpResponse, ApiError> {
    let ctx = context(&req, &caller)?;
    let payload = payload.into_inner();
    let drafted = R::Input::read(payload.clone())?;
    let writer = ctx.clone();
    create_once(&req, &ctx, &pool, &payload, move |conn| {
        async move {
            let record: R = directory::create(conn, &writer, uuid::Uuid::new_v4(), drafted).await?;
            Created::of(&R::view(conn, &caller, record, writer.clock.now()).await?)
        }
        .scope_boxed()
    })
    .await
}

/// `PUT <route>/{id}`: the whole document replaced, when `If-Match` names the current version.
pub async fn replace<R: Resource>(
    req: HttpRequest,
    caller: Caller,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    payload: web::Json<serde_json::Value>,
) -> Result<HttpResponse, ApiError> {
    let ctx = context(&req, &caller)?;
    let id = parse_id(&path)?;
    let precondition = etag::require_if_match(&req)?;
    let drafted = R::Input::read(payload.into_inner())?;
    let mut conn = connection(&pool).await?;
    let record: R = conn
        .transaction::<_, ApiError, _>(|conn| {
            async move { directory::replace(conn, &ctx, id, &precondition, drafted).await }
                .scope_boxed()
        })
        .await?;
    answer(&mut conn, Clock::of(&req).now(), &caller, record).await
}

/// `DELETE <route>/{id}`: retired (200 with the record) or deleted (204), as the kind does.
pub async fn remove<R: Resource>(
    req: HttpRequest,
    caller: Caller,
    pool: web::Data<Pool>,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let ctx = context(&req, &caller)?;
    let id = parse_id(&path)?;
    let precondition = etag::require_if_match(&req)?;
    let mut conn = connection(&pool).await?;
    let record: R = conn
        .transaction::<_, ApiError, _>(|conn| {
            async move { directory::remove(conn, &ctx, id, &precondition).await }.scope_boxed()
        })
        .await?;
    match R::REMOVAL {
        Removal::Retire => answer(&mut conn, Clock::of(&req).now(), &caller, record).await,
        Removal::Delete => Ok(HttpResponse::NoContent().finish()),
    }
}

/// `POST <route>/{id}/confirm`: confirmed as of now (`If-Match` optional, checked when sent).
pub async fn confirm<R: Resource>(
    req: HttpRequest,
    caller: Caller,
    pool: web::Data<Pool>,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let ctx = context(&req, &caller)?;
    let id = parse_id(&path)?;
    let precondition = etag::if_match(&req);
    let mut conn = connection(&pool).await?;
    let record: R = conn
        .transaction::<_, ApiError, _>(|conn| {
            async move { directory::confirm(conn, &ctx, id, precondition.as_ref()).await }
                .scope_boxed()
        })
        .await?;
    answer(&mut conn, Clock::of(&req).now(), &caller, record).await
}

/// Declares one kind's handler for one of the actions above, with the attributes given (its
/// description and its `#[utoipa::path]`): `create`, `get`, `replace`, `remove` or `confirm`.
macro_rules! record_handler {
    ($(#[$meta:meta])* create $name:ident for $kind:ty) => {
        $(#[$meta])*
        pub async fn $name(
            req: actix_web::HttpRequest,
            caller: $crate::auth::Caller,
            pool: actix_web::web::Data<$crate::db::Pool>,
            payload: actix_web::web::Json<serde_json::Value>,
            _: $crate::api::params::Params<$crate::api::params::NoQuery>,
        ) -> Result<actix_web::HttpResponse, $crate::error::ApiError> {
            $crate::api::records::create::<$kind>(req, caller, pool, payload).await
        }
    };
    ($(#[$meta:meta])* replace $name:ident for $kind:ty) => {
        $(#[$meta])*
        pub async fn $name(
            req: actix_web::HttpRequest,
            caller: $crate::auth::Caller,
            pool: actix_web::web::Data<$crate::db::Pool>,
            path: actix_web::web::Path<String>,
            payload: actix_web::web::Json<serde_json::Value>,
            _: $crate::api::params::Params<$crate::api::params::NoQuery>,
        ) -> Result<actix_web::HttpResponse, $crate::error::ApiError> {
            $crate::api::records::replace::<$kind>(req, caller, pool, path, payload).await
        }
    };
    ($(#[$meta:meta])* $action:ident $name:ident for $kind:ty) => {
        $(#[$meta])*
        pub async fn $name(
            req: actix_web::HttpRequest,
            caller: $crate::auth::Caller,
            pool: actix_web::web::Data<$crate::db::Pool>,
            path: actix_web::web::Path<String>,
            _: $crate::api::params::Params<$crate::api::params::NoQuery>,
        ) -> Result<actix_web::HttpResponse, $crate::error::ApiError> {
            $crate::api::records::$action::<$kind>(req, caller, pool, path).await
        }
    };
}
pub(crate) use record_handler;
