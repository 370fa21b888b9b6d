//! Account requests and answers. Password hashes never leave the server.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::pagination::page_type;
use crate::db::models::user::User;

/// A new account.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreateUser {
    #[schema(format = Email, max_length = 254)]
    pub email: String,
    /// `admin`, `focal_point` or `reader`.
    #[schema(value_type = crate::domain::Role)]
    pub role: String,
    /// Required for focal points (the State they act for), absent otherwise.
    #[schema(value_type = Option<crate::domain::CountryCode>)]
    pub country: Option<String>,
    /// 12 to 256 characters.
    #[schema(format = Password, min_length = 12, max_length = 256)]
    pub password: String,
    /// The language of the messages sent to the account (default `en`).
    #[schema(value_type = Option<crate::domain::AccountLanguage>)]
    pub language: Option<String>,
}

/// A new password.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResetPassword {
    /// 12 to 256 characters.
    #[schema(format = Password, min_length = 12, max_length = 256)]
    pub password: String,
}

/// An account.
#[derive(Debug, Serialize, ToSchema)]
pub struct UserDto {
    pub id: Uuid,
    pub email: String,
    pub role: String,
    pub country: Option<String>,
    pub active: bool,
    /// The language of the messages sent to the account.
    #[schema(value_type = crate::domain::AccountLanguage)]
    pub language: String,
    /// Whether the account's reminders are paused.
    pub reminders_paused: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<User> for UserDto {
    fn from(u: User) -> Self {
        UserDto {
            id: u.id,
            email: u.email,
            role: u.role,
            country: u.country,
            active: u.active,
            language: u.language,
            reminders_paused: u.reminders_paused,
            created_at: u.created_at,
            updated_at: u.updated_at,
        }
    }
}

page_type!(UserPage, UserDto);
