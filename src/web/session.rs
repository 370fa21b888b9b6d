//! Sessions of the web application. Signing in makes a random token, kept by the browser in the
//! `cna_session` cookie (`HttpOnly`, `SameSite=Lax`, `Secure` when served over HTTPS, `Path=/`)
//! and by the server only as its SHA-256 hash, with an expiry; signing out revokes it on the
//! server, so a copied cookie stops working too. Disabling an account or resetting its password
//! ends its sessions. Every form of a session carries the session's CSRF token, checked on every
//! POST; the sign-in form, before any session, carries one bound to a short-lived cookie.

use std::future::Future;
use std::pin::Pin;

use actix_web::{
    cookie::{time::Duration as CookieDuration, Cookie, SameSite},
    dev::Payload,
    web, FromRequest, HttpRequest,
};
use argon2::password_hash::rand_core::{OsRng, RngCore};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use chrono::Utc;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::auth::{caller_of, Caller};
use crate::db::{models, models::web_session::WebSession, Pool};
use crate::error::ApiError;

pub const SESSION_COOKIE: &str = "cna_session";
/// The cookie that binds the sign-in form's CSRF token before there is a session.
pub const SIGN_IN_COOKIE: &str = "cna_sign_in";

/// A signed-in account, as a page sees it.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub caller: Caller,
    pub email: String,
    /// The token every form of the session carries.
    pub csrf: String,
    token_hash: Vec<u8>,
}

/// A new random token (32 bytes, URL-safe base64).
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

fn hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Whether two tokens are equal, in time that does not depend on where they differ.
pub fn same_token(a: &str, b: &str) -> bool {
    let (a, b) = (Sha256::digest(a.as_bytes()), Sha256::digest(b.as_bytes()));
    a.iter().zip(b.iter()).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

/// Whether the request came over HTTPS (directly, or as the proxy in front says).
fn secure(req: &HttpRequest) -> bool {
    req.connection_info().scheme() == "https"
}

/// A cookie with the flags every cookie of this site has.
fn cookie<'a>(
    req: &HttpRequest,
    name: &'a str,
    value: String,
    max_age: CookieDuration,
) -> Cookie<'a> {
    Cookie::build(name, value)
        .path("/")
        .http_only(true)
        .secure(secure(req))
        .same_site(SameSite::Lax)
        .max_age(max_age)
        .finish()
}

/// The cookie that removes `name` from the browser.
pub fn removal<'a>(req: &HttpRequest, name: &'a str) -> Cookie<'a> {
    cookie(req, name, String::new(), CookieDuration::ZERO)
}

/// Starts a session for `user_id`; the cookie to send.
pub async fn start(
    req: &HttpRequest,
    pool: &Pool,
    user_id: Uuid,
    lifetime: chrono::Duration,
) -> Result<Cookie<'static>, ApiError> {
    let token = random_token();
    let now = Utc::now();
    let session = WebSession {
        id: Uuid::new_v4(),
        user_id,
        token_hash: hash(&token),
        csrf_token: random_token(),
        created_at: now,
        expires_at: now + lifetime,
        revoked_at: None,
    };
    let mut conn = pool.get().await?;
    models::web_session::insert(&mut conn, &session).await?;
    // Sessions that ended long ago are forgotten now and then.
    if session.id.as_bytes()[0] == 0 {
        models::web_session::purge(&mut conn, now).await?;
    }
    let max_age = CookieDuration::seconds(lifetime.num_seconds());
    Ok(cookie(req, SESSION_COOKIE, token, max_age))
}

/// Ends the session; the cookie that removes it from the browser.
pub async fn end(
    req: &HttpRequest,
    pool: &Pool,
    user: &SignedIn,
) -> Result<Cookie<'static>, ApiError> {
    let mut conn = pool.get().await?;
    models::web_session::revoke(&mut conn, &user.token_hash, Utc::now()).await?;
    Ok(removal(req, SESSION_COOKIE))
}

/// The CSRF cookie of the sign-in form, and the token the form carries.
pub fn sign_in_token(req: &HttpRequest) -> (Cookie<'static>, String) {
    let token = random_token();
    let cookie = cookie(req, SIGN_IN_COOKIE, token.clone(), CookieDuration::hours(1));
    (cookie, token)
}

/// Whether a sign-in form's token is the one its cookie holds.
pub fn sign_in_token_holds(req: &HttpRequest, sent: &str) -> bool {
    req.cookie(SIGN_IN_COOKIE)
        .is_some_and(|c| !c.value().is_empty() && same_token(c.value(), sent))
}

impl SignedIn {
    /// Whether a form's token is this session's.
    pub fn csrf_holds(&self, sent: &str) -> bool {
        same_token(&self.csrf, sent)
    }
}

async fn resolve(req: HttpRequest) -> Result<SignedIn, actix_web::Error> {
    let not_signed_in = || actix_web::error::ErrorUnauthorized("not signed in");
    let token = req.cookie(SESSION_COOKIE).ok_or_else(not_signed_in)?;
    let pool = req
        .app_data::<web::Data<Pool>>()
        .ok_or_else(not_signed_in)?;
    let token_hash = hash(token.value());
    let mut conn = pool.get().await.map_err(|_| not_signed_in())?;
    let (session, user) = models::web_session::find_live(&mut conn, &token_hash, Utc::now())
        .await
        .map_err(|_| not_signed_in())?
        .ok_or_else(not_signed_in)?;
    let email = user.email.clone();
    let caller = caller_of(user).map_err(|_| not_signed_in())?;
    Ok(SignedIn {
        caller,
        email,
        csrf: session.csrf_token,
        token_hash,
    })
}

/// The account of the session cookie; an error (so `Option<SignedIn>` is `None`) without one.
impl FromRequest for SignedIn {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<SignedIn, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        Box::pin(resolve(req.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_compared_whole() {
        let (a, b) = (random_token(), random_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert!(same_token(&a, &a.clone()));
        assert!(!same_token(&a, &b));
        assert!(!same_token(&a, ""));
    }
}
