//! Creating partner clients: one rule set for `cna partner create` and `POST /v1/admin/partners`.

use chrono::Utc;
use uuid::Uuid;

use super::partner_key;
use crate::db::{models, models::partner::PartnerClient, Conn};
use crate::domain::PartnerTier;
use crate::error::{ApiError, FieldError};

/// A checked request for a new partner client.
#[derive(Debug, Clone)]
pub struct NewPartner {
    pub name: String,
    /// `public` or `restricted`.
    pub tier: &'static str,
}

impl NewPartner {
    /// Parses raw values, reporting every problem with its field name.
    pub fn parse(name: &str, tier: &str) -> Result<NewPartner, ApiError> {
        let mut errors = Vec::new();
        let long = name.chars().count() > 200;
        let name = name.trim();
        if name.is_empty() || long || name.chars().any(char::is_control) {
            errors.push(FieldError::new(
                "name",
                "1 to 200 characters, without control characters",
            ));
        }
        let tier = match tier.parse::<PartnerTier>() {
            Ok(tier) => tier.as_str(),
            Err(e) => {
                errors.push(FieldError::new("tier", e.to_string()));
                PartnerTier::Public.as_str()
            }
        };
        if errors.is_empty() {
            Ok(NewPartner {
                name: name.to_owned(),
                tier,
            })
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// Stores a new client with a new key; returns the client and the key, which is never shown again.
pub async fn create(
    conn: &mut Conn,
    new: &NewPartner,
    created_by: &str,
) -> Result<(PartnerClient, String), ApiError> {
    let (key, key_hash) = partner_key::new_key();
    let client = PartnerClient {
        id: Uuid::new_v4(),
        name: new.name.clone(),
        tier: new.tier.to_owned(),
        key_prefix: partner_key::shown_part(&key),
        key_hash,
        created_at: Utc::now(),
        created_by: created_by.to_owned(),
        last_used_at: None,
        revoked_at: None,
    };
    models::partner::insert(conn, &client).await?;
    Ok((client, key))
}
