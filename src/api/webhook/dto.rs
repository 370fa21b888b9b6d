//! Webhook requests and answers.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::pagination::page_type;
use crate::db::models::webhook::{Delivery, Webhook};

/// The URL to notify.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterWebhook {
    /// An absolute `https://` (or `http://`) URL, at most 2000 characters.
    #[schema(format = "uri", max_length = 2000)]
    pub url: String,
}

/// A registered webhook and where its deliveries stand.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookDto {
    pub url: String,
    /// The cursor of the last notice the URL accepted.
    pub notified: Option<String>,
    /// Failed attempts in a row.
    pub failures: i32,
    /// When the next attempt may be made, after a failure.
    pub next_attempt_at: Option<DateTime<Utc>>,
}

impl From<Webhook> for WebhookDto {
    fn from(w: Webhook) -> Self {
        WebhookDto {
            url: w.url,
            notified: w.notified,
            failures: w.failures,
            next_attempt_at: w.next_attempt_at,
        }
    }
}

/// A webhook just registered, with its signing secret, shown this once.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegisteredWebhook {
    #[serde(flatten)]
    pub webhook: WebhookDto,
    /// Verify each notice's `webhook-signature` with it (Standard Webhooks). Registering again
    /// issues a new one.
    pub secret: String,
}

/// One delivery attempt.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeliveryDto {
    pub id: i64,
    pub partner_id: Uuid,
    /// The `webhook-id` sent (the same for every attempt of one notice).
    pub message_id: String,
    pub url: String,
    pub cursor: String,
    pub attempt: i32,
    /// The HTTP status answered; absent when there was no answer (see `error`).
    pub status: Option<i32>,
    pub error: Option<String>,
    pub duration_ms: i32,
    pub attempted_at: DateTime<Utc>,
}

impl From<Delivery> for DeliveryDto {
    fn from(d: Delivery) -> Self {
        DeliveryDto {
            id: d.id,
            partner_id: d.partner_id,
            message_id: d.message_id,
            url: d.url,
            cursor: d.cursor,
            attempt: d.attempt,
            status: d.status,
            error: d.error,
            duration_ms: d.duration_ms,
            attempted_at: d.attempted_at,
        }
    }
}

page_type!(DeliveryPage, DeliveryDto);
