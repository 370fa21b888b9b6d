//! Access tokens (JWT, HS256 only, at most 15 minutes) and opaque refresh tokens (random, stored only
//! as a SHA-256 hash). The algorithm is pinned: a token whose header names any other algorithm,
//! `none` included, is refused, as is one missing `iss`, `aud`, `sub`, `exp`, `iat` or `iat_us`, one
//! whose `nbf` or `iat` lies ahead, and one that claims to live longer than the configured lifetime
//! (even when signed with the right secret, a token is never trusted for longer than this server
//! would have issued it). `iat_us` is the issue time in microseconds, so that a password reset
//! (whose time is kept to the microsecond) ends every token issued before it, even in the same
//! second.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use chrono::{DateTime, Utc};
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The issuer and audience every token names.
pub const ISSUER: &str = "cna";
pub const AUDIENCE: &str = "cna-api";
/// Refresh tokens start with this, so a leaked one is recognisable.
pub const REFRESH_PREFIX: &str = "cnar_";

/// The claims of an access token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub iss: String,
    pub aud: String,
    pub exp: i64,
    pub iat: i64,
    /// The issue time in microseconds since the epoch.
    pub iat_us: i64,
    /// Not valid before (seconds since the epoch); honoured when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
}

/// Signs and checks access tokens.
#[derive(Clone)]
pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    pub access_ttl_secs: i64,
}

impl TokenKeys {
    pub fn new(secret: &[u8], access_ttl_secs: i64) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
        validation.leeway = 5;
        validation.validate_nbf = true;
        TokenKeys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            access_ttl_secs,
        }
    }

    /// A signed access token for `user_id`, and when it expires.
    pub fn issue(
        &self,
        user_id: Uuid,
        now: DateTime<Utc>,
    ) -> anyhow::Result<(String, DateTime<Utc>)> {
        let expires = now + chrono::Duration::seconds(self.access_ttl_secs);
        let claims = Claims {
            sub: user_id.to_string(),
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
            exp: expires.timestamp(),
            iat: now.timestamp(),
            iat_us: now.timestamp_micros(),
            nbf: None,
        };
        let token = encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)?;
        Ok((token, expires))
    }

    /// The claims of a valid token; `None` for anything else.
    pub fn verify(&self, token: &str) -> Option<Claims> {
        let claims = decode::<Claims>(token, &self.decoding, &self.validation)
            .ok()?
            .claims;
        let leeway = self.validation.leeway as i64;
        // `iat` in the future is as suspect as `exp` in the past, and a lifetime longer than the
        // one this server gives is not one it gave.
        let plausible = claims.iat <= Utc::now().timestamp() + leeway
            && claims.iat_us.div_euclid(1_000_000) == claims.iat
            && claims.exp - claims.iat <= self.access_ttl_secs
            && claims.nbf.is_none_or(|nbf| nbf <= claims.exp);
        plausible.then_some(claims)
    }
}

/// A new refresh token and its hash.
pub fn new_refresh_token() -> (String, Vec<u8>) {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    let token = format!("{REFRESH_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes));
    let hash = hash_refresh_token(&token);
    (token, hash)
}

/// The stored form of a refresh token.
pub fn hash_refresh_token(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_refuse_tampering() {
        let keys = TokenKeys::new(b"0123456789abcdef0123456789abcdef", 900);
        let id = Uuid::new_v4();
        let (token, _) = keys.issue(id, Utc::now()).unwrap();
        assert_eq!(keys.verify(&token).unwrap().sub, id.to_string());
        let other = TokenKeys::new(b"another secret, just as long....", 900);
        assert!(other.verify(&token).is_none(), "wrong key");
        let (old, _) = keys
            .issue(id, Utc::now() - chrono::Duration::seconds(1000))
            .unwrap();
        assert!(keys.verify(&old).is_none(), "expired");
        let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
        parts[2] = String::new();
        assert!(keys.verify(&parts.join(".")).is_none(), "unsigned");
    }

    #[test]
    fn refresh_tokens_are_random_and_prefixed() {
        let (a, hash_a) = new_refresh_token();
        let (b, _) = new_refresh_token();
        assert!(a.starts_with(REFRESH_PREFIX));
        assert_ne!(a, b);
        assert_eq!(hash_a, hash_refresh_token(&a));
        assert_eq!(hash_a.len(), 32);
    }
}
