//! Who is calling. Every handler that returns records takes a [`Caller`] and hands it to
//! [`crate::domain::visibility::authority_view`].
//!
//! Accounts and tokens do not exist yet, so every caller is anonymous. A request that presents
//! credentials is refused with 401 rather than silently served as anonymous: a client that believes it
//! is signed in must learn that it is not.

use std::future::{ready, Ready};

use actix_web::{dev::Payload, http::header, FromRequest, HttpRequest};

use crate::domain::CountryCode;
use crate::error::ApiError;

/// The identity behind a request, as far as visibility and authorization care.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caller {
    /// No credentials: the public tier.
    Anonymous,
    /// A registered practitioner.
    Reader,
    /// A State focal point: sees their own State's confidential contacts.
    FocalPoint { country: CountryCode },
    /// A Secretariat administrator.
    Admin,
    /// A partner portal's API client, public or restricted tier.
    Partner { restricted: bool },
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(match req.headers().get(header::AUTHORIZATION) {
            None => Ok(Caller::Anonymous),
            Some(_) => Err(ApiError::Unauthorized(
                "the credentials presented are not valid".into(),
            )),
        })
    }
}
