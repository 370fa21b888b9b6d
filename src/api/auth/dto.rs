//! Sign-in requests and answers.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// E-mail address and password.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    #[schema(example = "focal.point@justice.ken.example", format = Email, max_length = 254)]
    pub email: String,
    #[schema(format = Password, max_length = 256)]
    pub password: String,
}

/// A refresh token to spend.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefreshRequest {
    pub refresh_token: String,
}

/// The tokens of a session.
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenPair {
    /// Send as `Authorization: Bearer <access_token>`.
    pub access_token: String,
    #[schema(example = "Bearer")]
    pub token_type: &'static str,
    /// Seconds until the access token expires (at most 900).
    pub expires_in: i64,
    /// Spend it at `POST /v1/auth/refresh` for a new pair; each refresh token works once.
    pub refresh_token: String,
    pub refresh_expires_at: DateTime<Utc>,
}

/// The signed-in account.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub id: Uuid,
    pub email: String,
    /// `admin`, `focal_point` or `reader`.
    pub role: String,
    /// The State a focal point acts for.
    pub country: Option<String>,
    /// The language of the messages sent to the account.
    #[schema(value_type = crate::domain::AccountLanguage)]
    pub language: String,
    /// Whether the account's reminders are paused.
    pub reminders_paused: bool,
}

/// What an account prefers, as `PUT /v1/me` sets it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Preferences {
    /// The language of the messages sent to the account: `ar`, `zh`, `en`, `fr`, `ru` or `es`.
    #[schema(value_type = crate::domain::AccountLanguage)]
    pub language: String,
    /// Pause the reminders sent to the account.
    pub reminders_paused: bool,
}
