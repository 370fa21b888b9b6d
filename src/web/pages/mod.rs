//! One module per page of the public directory; what they share is here.

pub mod authority;
pub mod case;
pub mod confirm_link;
pub mod country;
pub mod find;
pub mod freshness;
pub mod home;
pub mod law;
pub mod route;
pub mod search;

use actix_web::{http::header, HttpRequest, HttpResponse};

use super::i18n::Lang;
use super::page::PageError;
use crate::auth::Caller;
use crate::db::{Conn, Pool};
use crate::directory::Record;
use crate::web::page::OrPage;

/// A pooled connection, as pages hold it.
pub type Connection = diesel_async::pooled_connection::deadpool::Object<Conn>;

/// The record of kind `R` that `id` names, and the connection it was read on: 404 when `id` is
/// not an id or names no such record.
pub async fn load<R: Record>(
    pool: &Pool,
    lang: Lang,
    id: &str,
) -> Result<(Connection, R), PageError> {
    let id = uuid::Uuid::parse_str(id).map_err(|_| PageError::not_found(lang))?;
    let mut conn = crate::api::connection(pool).await.or_page(lang)?;
    let record = R::find_many(&mut conn, &[id])
        .await
        .or_page(lang)?
        .pop()
        .ok_or_else(|| PageError::not_found(lang))?;
    Ok((conn, record))
}

/// `/`: the home page in the language the browser prefers.
pub async fn root(req: HttpRequest) -> HttpResponse {
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = Lang::negotiate(accept);
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, format!("/{}/", lang.code())))
        .insert_header((header::VARY, "Accept-Language"))
        .finish()
}

/// `/fr`: the same with its slash.
pub async fn with_slash(lang: Lang) -> HttpResponse {
    HttpResponse::PermanentRedirect()
        .insert_header((header::LOCATION, format!("/{}/", lang.code())))
        .finish()
}

/// Any other path under a language.
pub async fn not_found(lang: Lang) -> HttpResponse {
    use actix_web::ResponseError;
    PageError::not_found(lang).error_response()
}

/// The caller a page reads as: the signed-in account, else the public.
pub fn caller_of(user: &Option<super::session::SignedIn>) -> Caller {
    user.as_ref()
        .map(|u| u.caller.clone())
        .unwrap_or(Caller::Anonymous)
}

/// The enumerated value `value` of `family` in the interface language (`kind-court`).
pub fn term(lang: Lang, family: &str, value: &str) -> String {
    lang.t(&format!("{family}-{value}"))
}
