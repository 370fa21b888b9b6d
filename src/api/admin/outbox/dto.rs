//! Outbox answers.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::db::models::outbox::{Attempt, Message};

/// A message of the outbox, without its body.
#[derive(Debug, Serialize, ToSchema)]
pub struct MessageDto {
    pub id: i64,
    /// `reminder` (a digest to a focal point) or `summary` (the monthly one to an administrator).
    #[schema(pattern = "^(reminder|summary)$")]
    pub kind: String,
    /// The account it is for (absent once the account is deleted).
    pub user_id: Option<Uuid>,
    pub recipient: String,
    /// The language it is written in.
    pub language: String,
    pub subject: String,
    pub created_at: DateTime<Utc>,
    /// When it is (or was last) due to be tried.
    pub next_attempt_at: DateTime<Utc>,
    /// Attempts made so far.
    pub attempts: i32,
    /// When the SMTP server accepted it; absent while it waits.
    pub sent_at: Option<DateTime<Utc>>,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
}

impl From<Message> for MessageDto {
    fn from(m: Message) -> Self {
        MessageDto {
            id: m.id,
            kind: m.kind,
            user_id: m.user_id,
            recipient: m.recipient,
            language: m.language,
            subject: m.subject,
            created_at: m.created_at,
            next_attempt_at: m.next_attempt_at,
            attempts: m.attempts,
            sent_at: m.sent_at,
            last_error: m.last_error,
        }
    }
}

/// One attempt to send a message.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttemptDto {
    pub attempted_at: DateTime<Utc>,
    pub delivered: bool,
    /// The SMTP server's answer, or why there was none.
    pub detail: String,
}

impl From<Attempt> for AttemptDto {
    fn from(a: Attempt) -> Self {
        AttemptDto {
            attempted_at: a.attempted_at,
            delivered: a.delivered,
            detail: a.detail,
        }
    }
}

/// A message with its body and its attempts.
#[derive(Debug, Serialize, ToSchema)]
pub struct MessageDetail {
    #[serde(flatten)]
    pub message: MessageDto,
    /// The text sent (plain text), with the tokens of its confirmation links left out (`…`).
    pub body: String,
    pub attempts_made: Vec<AttemptDto>,
}

/// A page of messages, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct OutboxPage {
    pub items: Vec<MessageDto>,
    /// Pass as `cursor` to get the next page; null on the last page.
    pub next_cursor: Option<String>,
    /// Whether the server that answered has an SMTP server to send through
    /// (`CNA_SMTP_URL`); without one, messages wait.
    pub smtp_configured: bool,
    /// Messages waiting to be sent, in all.
    pub waiting: i64,
}
