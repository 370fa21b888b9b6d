//! Delivering the outbox over SMTP. One server process delivers at a time (it holds a Postgres
//! advisory lock; the others stand by). A message is sent, then marked sent; a failed attempt is
//! logged and the message tried again after `CNA_SMTP_RETRY_SECS` (30 s), then twice as long each
//! time, at most 6 hours apart.
//! Without an SMTP server configured nothing is sent, and messages wait.
//!
//! A message is marked sent after the SMTP server accepted it: a process killed between the two
//! sends it again on the next attempt (at least once, never lost). Once sent, the outbox keeps its
//! text without the confirmation links' tokens.

use std::time::Duration;

use chrono::Utc;
use diesel_async::{AsyncConnection, RunQueryDsl};
use lettre::message::{header, Mailbox, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::config::ReminderSettings;
use crate::db::models::outbox::{self, Message};
use crate::db::{Conn, Pool};

/// How long an SMTP server has to answer.
const TIMEOUT: Duration = Duration::from_secs(20);
/// How often due messages are looked for.
const POLL: Duration = Duration::from_secs(1);
/// Messages sent in one round.
const BATCH: i64 = 50;
/// Advisory-lock key held by the delivering process ("cna_mail").
const LEADER_LOCK: i64 = 0x636e_615f_6d61_696c;

/// The wait after `failures` failed attempts, the first being `first`.
pub fn backoff(first: Duration, failures: i32) -> Duration {
    let factor = 1u32 << failures.clamp(1, 12).saturating_sub(1);
    (first * factor).min(Duration::from_secs(6 * 3600))
}

/// What sends messages: an SMTP server and the sender.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The wait after a first failed attempt.
    retry: Duration,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("from", &self.from.to_string())
            .finish_non_exhaustive()
    }
}

impl Mailer {
    /// The mailer of the settings; `None` without an SMTP server.
    pub fn from_settings(settings: &ReminderSettings) -> anyhow::Result<Option<Mailer>> {
        let Some(url) = &settings.smtp_url else {
            return Ok(None);
        };
        let from = settings
            .smtp_from
            .as_deref()
            .ok_or_else(|| anyhow::anyhow!("CNA_SMTP_FROM must be set with CNA_SMTP_URL"))?
            .parse::<Mailbox>()
            .map_err(|e| anyhow::anyhow!("CNA_SMTP_FROM is not an address: {e}"))?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| anyhow::anyhow!("CNA_SMTP_URL is not usable: {e}"))?
            .timeout(Some(TIMEOUT))
            .build();
        Ok(Some(Mailer {
            transport,
            from,
            retry: Duration::from_secs(settings.retry_secs.max(1)),
        }))
    }

    /// Sends one message; the server's answer, or why it was not accepted.
    pub async fn send(&self, message: &Message) -> Result<String, String> {
        let to = message
            .recipient
            .parse::<Mailbox>()
            .map_err(|e| format!("not an address: {e}"))?;
        let email = lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(message.subject.clone())
            .header(AutoSubmitted)
            .singlepart(
                SinglePart::builder()
                    .header(header::ContentType::TEXT_PLAIN)
                    .header(header::ContentTransferEncoding::Base64)
                    .body(message.body.clone()),
            )
            .map_err(|e| format!("cannot be written: {e}"))?;
        match self.transport.send(email).await {
            Ok(response) => Ok(format!(
                "{} {}",
                response.code(),
                response.message().collect::<Vec<_>>().join(" ")
            )),
            Err(e) => Err(describe(&e)),
        }
    }
}

/// `Auto-Submitted: auto-generated` (RFC 3834): automatic replies are not to answer it.
#[derive(Clone)]
struct AutoSubmitted;

impl header::Header for AutoSubmitted {
    fn name() -> header::HeaderName {
        header::HeaderName::new_from_ascii_str("Auto-Submitted")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AutoSubmitted)
    }

    fn display(&self) -> header::HeaderValue {
        header::HeaderValue::new(Self::name(), "auto-generated".to_owned())
    }
}

/// An SMTP error with its causes, on one line.
fn describe(error: &lettre::transport::smtp::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// Sends the messages due now, each once; how many were sent and how many failed.
pub async fn deliver_due(conn: &mut Conn, mailer: &Mailer) -> anyhow::Result<(usize, usize)> {
    let (mut sent, mut failed) = (0, 0);
    for message in outbox::due(conn, Utc::now(), BATCH).await? {
        let outcome = mailer.send(&message).await;
        let now = Utc::now();
        let retry_at =
            now + chrono::Duration::from_std(backoff(mailer.retry, message.attempts + 1))?;
        match &outcome {
            Ok(_) => {
                sent += 1;
                tracing::info!(id = message.id, kind = %message.kind, "message sent");
            }
            Err(error) => {
                failed += 1;
                tracing::warn!(id = message.id, attempt = message.attempts + 1, %error, "message not sent; will retry");
            }
        }
        // Once sent, the outbox keeps the text without the links' tokens.
        let kept = super::links::redact(&message.body);
        outbox::attempted(conn, message.id, now, outcome, retry_at, &kept).await?;
    }
    Ok((sent, failed))
}

/// Tries once to become the delivering process on `leader`: true when this connection holds the
/// lock (until it closes).
pub async fn try_lead(leader: &mut Conn) -> anyhow::Result<bool> {
    Ok(crate::db::try_advisory_lock(leader, LEADER_LOCK).await?)
}

/// Starts this process's deliverer, when it has a mailer.
pub fn spawn(pool: Pool, database_url: String, mailer: Option<Mailer>) {
    let Some(mailer) = mailer else {
        tracing::info!("no SMTP server configured (CNA_SMTP_URL): messages wait in the outbox");
        return;
    };
    tokio::spawn(async move {
        loop {
            if let Err(e) = lead(&pool, &database_url, &mailer).await {
                tracing::warn!(
                    error = format!("{e:#}"),
                    "message delivery interrupted; retrying"
                );
            }
            tokio::time::sleep(Duration::from_secs(5)).await;
        }
    });
}

/// Waits to be the delivering process, then delivers until the connection is lost.
async fn lead(pool: &Pool, database_url: &str, mailer: &Mailer) -> anyhow::Result<()> {
    let mut leader = Conn::establish(database_url).await?;
    while !try_lead(&mut leader).await? {
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
    loop {
        {
            let mut conn = pool.get().await?;
            deliver_due(&mut conn, mailer).await?;
        }
        // The lock lives as long as this connection: check it is still there.
        diesel::sql_query("SELECT 1").execute(&mut leader).await?;
        tokio::time::sleep(POLL).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_longer_each_time_up_to_six_hours() {
        let first = Duration::from_secs(30);
        assert_eq!(backoff(first, 1), Duration::from_secs(30));
        assert_eq!(backoff(first, 2), Duration::from_secs(60));
        assert_eq!(backoff(first, 3), Duration::from_secs(120));
        assert_eq!(backoff(first, 40), Duration::from_secs(6 * 3600));
    }
}
