//! `/v1/auth` and `/v1/me`: signing in, refreshing, signing out, and who am I.

pub mod dto;
pub mod login;
pub mod logout;
pub mod me;
pub mod refresh;

use chrono::Utc;
use uuid::Uuid;

use crate::auth::{token, AuthPolicy, TokenKeys};
use crate::db::{models, models::refresh_token::RefreshToken, Conn};
use crate::error::ApiError;
use dto::TokenPair;

/// Issues an access token and a refresh token of `family_id` for `user_id`.
pub(crate) async fn issue_tokens(
    conn: &mut Conn,
    keys: &TokenKeys,
    policy: &AuthPolicy,
    user_id: Uuid,
    family_id: Uuid,
) -> Result<TokenPair, ApiError> {
    let now = Utc::now();
    let (access_token, _) = keys.issue(user_id, now).map_err(ApiError::Internal)?;
    let (refresh_token, hash) = token::new_refresh_token();
    let refresh_expires_at = now + policy.refresh_ttl;
    models::refresh_token::insert(
        conn,
        &RefreshToken {
            id: Uuid::new_v4(),
            user_id,
            family_id,
            token_hash: hash,
            created_at: now,
            expires_at: refresh_expires_at,
            spent_at: None,
            revoked_at: None,
        },
    )
    .await?;
    Ok(TokenPair {
        access_token,
        token_type: "Bearer",
        expires_in: keys.access_ttl_secs,
        refresh_token,
        refresh_expires_at,
    })
}
