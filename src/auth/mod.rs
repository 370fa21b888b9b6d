//! Who is calling, and what they may do. An `Authorization: Bearer` access token is checked (pinned
//! algorithm, issuer, audience, expiry) and its account loaded on every request, so a disabled account
//! or a reset password takes effect at once. No credentials means [`Caller::Anonymous`]; credentials
//! that do not check out are a 401, never a silent downgrade to anonymous.

pub mod accounts;
pub mod partner_key;
pub mod partners;
pub mod password;
pub mod sign_in;
pub mod throttle;
pub mod token;

use std::future::Future;
use std::pin::Pin;

use actix_web::{dev::Payload, http::header, web, FromRequest, HttpRequest};
use uuid::Uuid;

use crate::db::{models, Pool};
use crate::domain::{CountryCode, Role};
use crate::error::ApiError;

pub use password::Hasher;
pub use token::TokenKeys;

/// A signed-in person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: Uuid,
    pub email: String,
}

/// The identity behind a request, as far as visibility and authorization care.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caller {
    /// No credentials: the public tier.
    Anonymous,
    /// A registered practitioner.
    Reader(Account),
    /// A State focal point: writes and sees the confidential tier of their own State only.
    FocalPoint(Account, CountryCode),
    /// A Secretariat administrator.
    Admin(Account),
    /// A partner portal's API client, public or restricted tier.
    Partner { id: Uuid, restricted: bool },
}

/// Which records a caller may write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteScope {
    /// Every State's (administrators).
    All,
    /// One State's (its focal points).
    Country(CountryCode),
}

impl WriteScope {
    /// The country a write query must be limited to, if any.
    pub fn country(&self) -> Option<&CountryCode> {
        match self {
            WriteScope::All => None,
            WriteScope::Country(country) => Some(country),
        }
    }

    pub fn allows(&self, country: &CountryCode) -> bool {
        self.country().is_none_or(|own| own == country)
    }
}

impl Caller {
    /// The signed-in account, if any.
    pub fn account(&self) -> Option<&Account> {
        match self {
            Caller::Reader(a) | Caller::FocalPoint(a, _) | Caller::Admin(a) => Some(a),
            Caller::Anonymous | Caller::Partner { .. } => None,
        }
    }

    /// The signed-in account: 401 when anonymous, 403 for a partner key (a valid credential, but
    /// not a person's).
    pub fn require_account(&self) -> Result<&Account, ApiError> {
        match self {
            Caller::Partner { .. } => Err(ApiError::Forbidden(
                "a partner API key is not an account: this route is for signed-in people".into(),
            )),
            other => other
                .account()
                .ok_or_else(|| ApiError::Unauthorized("sign in first".into())),
        }
    }

    /// What the caller may write: 401 when anonymous, 403 for readers and partners.
    pub fn write_scope(&self) -> Result<WriteScope, ApiError> {
        match self {
            Caller::Admin(_) => Ok(WriteScope::All),
            Caller::FocalPoint(_, country) => Ok(WriteScope::Country(country.clone())),
            Caller::Anonymous => Err(ApiError::Unauthorized("sign in to change records".into())),
            Caller::Reader(_) | Caller::Partner { .. } => Err(ApiError::Forbidden(
                "only focal points and administrators change records".into(),
            )),
        }
    }

    /// Who may read the change feed and the export: 401 when anonymous, 403 unless a partner client
    /// or an administrator.
    pub fn require_feed_reader(&self) -> Result<(), ApiError> {
        match self {
            Caller::Partner { .. } | Caller::Admin(_) => Ok(()),
            Caller::Anonymous => Err(ApiError::Unauthorized(
                "the change feed needs a partner API key".into(),
            )),
            _ => Err(ApiError::Forbidden(
                "the change feed is for partner clients and administrators".into(),
            )),
        }
    }

    /// The calling partner client's id: 401 when anonymous, 403 for anyone else.
    pub fn require_partner(&self) -> Result<Uuid, ApiError> {
        match self {
            Caller::Partner { id, .. } => Ok(*id),
            Caller::Anonymous => Err(ApiError::Unauthorized(
                "webhooks belong to partner clients: send the API key".into(),
            )),
            _ => Err(ApiError::Forbidden(
                "webhooks belong to partner clients".into(),
            )),
        }
    }

    /// 401 when anonymous, 403 unless an administrator.
    pub fn require_admin(&self) -> Result<&Account, ApiError> {
        match self {
            Caller::Admin(a) => Ok(a),
            Caller::Anonymous => Err(ApiError::Unauthorized("sign in first".into())),
            _ => Err(ApiError::Forbidden("administrators only".into())),
        }
    }
}

fn invalid_token() -> ApiError {
    ApiError::Unauthorized("the access token is not valid".into())
}

/// The credential of a request's `Authorization: Bearer` header: `None` without the header, an
/// error when the header holds no bearer credential.
pub fn bearer_credential(headers: &header::HeaderMap) -> Option<Result<&str, ApiError>> {
    let value = headers.get(header::AUTHORIZATION)?;
    Some(
        value
            .to_str()
            .ok()
            .and_then(|v| {
                // The scheme is case-insensitive (RFC 9110, section 11.1).
                let (scheme, credential) = v.trim_start().split_once(' ')?;
                scheme.eq_ignore_ascii_case("bearer").then_some(credential)
            })
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(invalid_token),
    )
}

/// Resolves the caller of a request.
pub async fn authenticate(req: &HttpRequest) -> Result<Caller, ApiError> {
    let Some(token) = bearer_credential(req.headers()) else {
        return Ok(Caller::Anonymous);
    };
    let token = token?;
    if partner_key::is_partner_key(token) {
        return partner(req, token).await;
    }
    let keys = req
        .app_data::<web::Data<TokenKeys>>()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("token keys are not configured")))?;
    let claims = keys.verify(token).ok_or_else(invalid_token)?;
    let user_id = Uuid::parse_str(&claims.sub).map_err(|_| invalid_token())?;
    let pool = req
        .app_data::<web::Data<Pool>>()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("no database pool")))?;
    let mut conn = pool.get().await?;
    let user = models::user::find(&mut conn, user_id)
        .await?
        .filter(|u| u.active && claims.iat_us >= u.tokens_valid_after.timestamp_micros())
        .ok_or_else(invalid_token)?;
    caller_of(user)
}

/// The caller an active account signs in as.
pub fn caller_of(user: models::user::User) -> Result<Caller, ApiError> {
    let account = Account {
        id: user.id,
        email: user.email,
    };
    let role: Role = user
        .role
        .parse()
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("stored role: {e}")))?;
    Ok(match (role, user.country) {
        (Role::Admin, _) => Caller::Admin(account),
        (Role::Reader, _) => Caller::Reader(account),
        (Role::FocalPoint, Some(country)) => Caller::FocalPoint(
            account,
            CountryCode::parse(&country).map_err(|e| ApiError::Internal(e.into()))?,
        ),
        (Role::FocalPoint, None) => {
            return Err(ApiError::Internal(anyhow::anyhow!(
                "focal point without a country"
            )))
        }
    })
}

/// The partner client whose key this is; 401 for a key that is unknown or revoked.
async fn partner(req: &HttpRequest, key: &str) -> Result<Caller, ApiError> {
    let pool = req
        .app_data::<web::Data<Pool>>()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("no database pool")))?;
    let mut conn = pool.get().await?;
    let client = models::partner::find_active_by_hash(&mut conn, &partner_key::hash(key))
        .await?
        .ok_or_else(|| ApiError::Unauthorized("the API key is not valid".into()))?;
    let now = chrono::Utc::now();
    if client
        .last_used_at
        .is_none_or(|at| now - at > chrono::Duration::minutes(1))
    {
        models::partner::touch(&mut conn, client.id, now).await?;
    }
    Ok(Caller::Partner {
        id: client.id,
        restricted: client.restricted(),
    })
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { authenticate(&req).await })
    }
}

/// Session rules shared by the sign-in routes.
#[derive(Debug, Clone)]
pub struct AuthPolicy {
    pub throttle: throttle::ThrottlePolicy,
    pub refresh_ttl: chrono::Duration,
    /// How long a web application session lasts.
    pub session_ttl: chrono::Duration,
}

impl Caller {
    /// The tier this caller sees for a record of `country`.
    pub fn tier_for(
        &self,
        country: &crate::domain::CountryCode,
    ) -> crate::domain::visibility::Tier {
        use crate::domain::visibility::Tier;
        match self {
            Caller::Anonymous => Tier::Public,
            Caller::Partner {
                restricted: false, ..
            } => Tier::Public,
            Caller::Partner {
                restricted: true, ..
            }
            | Caller::Reader(_) => Tier::Restricted,
            Caller::FocalPoint(_, own) if own == country => Tier::Confidential,
            Caller::FocalPoint(..) => Tier::Restricted,
            Caller::Admin(_) => Tier::Confidential,
        }
    }
}
