//! Partner client requests and answers. A key is shown once, in the answer to its creation.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::pagination::page_type;
use crate::db::models::partner::PartnerClient;

/// A new partner client.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreatePartner {
    /// The portal's name, 1 to 200 characters, not only spaces, without control characters.
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = r"^[^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f][^\x00-\x1f\x7f-\x9f]*$"
    )]
    pub name: String,
    /// `public` (the public tier) or `restricted` (the restricted tier, as a signed-in reader).
    #[schema(value_type = crate::domain::PartnerTier)]
    pub tier: String,
}

/// A partner client, without its key.
#[derive(Debug, Serialize, ToSchema)]
pub struct PartnerDto {
    pub id: Uuid,
    pub name: String,
    /// `public` or `restricted`.
    pub tier: String,
    /// The first characters of the key, to tell keys apart.
    pub key_prefix: String,
    pub created_at: DateTime<Utc>,
    /// Who created the client.
    pub created_by: String,
    /// The last authenticated request, to within a minute.
    pub last_used_at: Option<DateTime<Utc>>,
    /// Set once the key is revoked: it is refused from then on.
    pub revoked_at: Option<DateTime<Utc>>,
}

impl From<PartnerClient> for PartnerDto {
    fn from(p: PartnerClient) -> Self {
        PartnerDto {
            id: p.id,
            name: p.name,
            tier: p.tier,
            key_prefix: p.key_prefix,
            created_at: p.created_at,
            created_by: p.created_by,
            last_used_at: p.last_used_at,
            revoked_at: p.revoked_at,
        }
    }
}

/// A new partner client with its key, shown this once.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedPartner {
    #[serde(flatten)]
    pub client: PartnerDto,
    /// The API key, sent as `Authorization: Bearer <key>`. Only its hash is kept: it cannot be shown
    /// again.
    pub api_key: String,
}

page_type!(PartnerPage, PartnerDto);
