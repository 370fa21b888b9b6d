//! Webhooks: after changes, each partner client that registered a URL is sent a small signed
//! notice, "changes are available up to cursor C", and reads them from the feed. Notices follow the
//! Standard Webhooks form: headers `webhook-id`, `webhook-timestamp` and `webhook-signature`
//! (`v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` under the secret's bytes).
//!
//! Delivery follows the change log on its own task and connection: a write never waits for it.
//! One server process delivers at a time (it holds a Postgres advisory lock); the others stand by.
//! A notice that fails (no answer within 10 s, or not 2xx) is retried after 1, 2, 4, ... seconds,
//! at most an hour apart; a newer cursor replaces it meanwhile. Notices go out in rounds at least a
//! second apart, so a busy directory announces its changes together. Every attempt is logged in
//! `webhook_deliveries` for administrators. Only public addresses are called unless configured
//! otherwise ([`address`]).

pub mod address;

use std::time::{Duration, Instant};

use argon2::password_hash::rand_core::{OsRng, RngCore};
use base64::{engine::general_purpose::STANDARD, Engine};
use chrono::{DateTime, Utc};
use diesel_async::{AsyncConnection, RunQueryDsl};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::changes::Signal;
use crate::db::models::webhook::{self, Delivery, Webhook};
use crate::db::{Conn, Pool};

/// What a secret starts with.
pub const SECRET_PREFIX: &str = "whsec_";
/// How long an endpoint has to answer.
const TIMEOUT: Duration = Duration::from_secs(10);
/// The longest wait between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(3600);
/// How often due notices are looked for when nothing wakes the deliverer.
const POLL: Duration = Duration::from_secs(1);
/// The shortest time between two rounds of notices: changes that keep coming are announced
/// together, so a URL gets at most one notice in this time, however busy the directory is.
const SPACING: Duration = Duration::from_secs(1);
/// Advisory-lock key held by the delivering process ("cna_hook").
const LEADER_LOCK: i64 = 0x636e_615f_686f_6f6b;

/// Which addresses webhooks may call (see [`address`]).
#[derive(Debug, Clone, Copy)]
pub struct Destinations {
    /// Loopback, private and link-local addresses too (`CNA_WEBHOOK_PRIVATE_ADDRESSES`).
    pub private_addresses: bool,
}

impl Destinations {
    /// Why `url` is not to be called, or `None`.
    pub fn refused(&self, url: &str) -> Option<String> {
        if self.private_addresses {
            return None;
        }
        match url::Url::parse(url) {
            Ok(url) => address::refused(&url),
            Err(e) => Some(format!("not a URL: {e}")),
        }
    }
}

/// A new signing secret: `whsec_` and 32 random bytes in base64.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    format!("{SECRET_PREFIX}{}", STANDARD.encode(bytes))
}

/// The `webhook-signature` value of a notice.
pub fn sign(secret: &str, id: &str, timestamp: i64, body: &[u8]) -> anyhow::Result<String> {
    let key = STANDARD.decode(secret.strip_prefix(SECRET_PREFIX).unwrap_or(secret))?;
    let mut mac = Hmac::<Sha256>::new_from_slice(&key)?;
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    Ok(format!(
        "v1,{}",
        STANDARD.encode(mac.finalize().into_bytes())
    ))
}

/// The wait before attempt `failures + 1`.
pub fn backoff(failures: i32) -> Duration {
    let seconds = 1u64 << failures.clamp(0, 12);
    Duration::from_secs(seconds).min(MAX_BACKOFF)
}

/// Starts the deliverer of this process.
pub fn spawn(pool: Pool, database_url: String, signal: Signal, destinations: Destinations) {
    tokio::spawn(async move {
        let mut builder = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("cna/", env!("CARGO_PKG_VERSION"), " webhooks"));
        if !destinations.private_addresses {
            builder = builder.dns_resolver(std::sync::Arc::new(address::PublicOnly));
        }
        let client = match builder.build() {
            Ok(client) => client,
            Err(e) => {
                tracing::error!(error = %e, "webhooks disabled: no HTTP client");
                return;
            }
        };
        loop {
            if let Err(e) = lead(&pool, &database_url, &signal, &client, destinations).await {
                tracing::warn!(
                    error = format!("{e:#}"),
                    "webhook delivery interrupted; retrying"
                );
            }
            tokio::time::sleep(Duration::from_secs(5)).await;
        }
    });
}

/// Waits to be the delivering process, then delivers until the connection is lost.
async fn lead(
    pool: &Pool,
    database_url: &str,
    signal: &Signal,
    client: &reqwest::Client,
    destinations: Destinations,
) -> anyhow::Result<()> {
    let mut leader = Conn::establish(database_url).await?;
    let mut changed = signal.subscribe();
    while !crate::db::try_advisory_lock(&mut leader, LEADER_LOCK).await? {
        tokio::time::sleep(Duration::from_secs(5)).await;
    }
    loop {
        let round = tokio::time::Instant::now();
        {
            let mut conn = pool.get().await?;
            deliver_due(&mut conn, client, destinations).await?;
        }
        // The lock lives as long as this connection: check it is still there.
        diesel::sql_query("SELECT 1").execute(&mut leader).await?;
        changed.wait(POLL).await;
        tokio::time::sleep_until(round + SPACING).await;
    }
}

/// Sends the current cursor to every webhook that has not had it and may be tried now.
pub async fn deliver_due(
    conn: &mut Conn,
    client: &reqwest::Client,
    destinations: Destinations,
) -> anyhow::Result<()> {
    let head = crate::changes::head(conn).await?;
    if head == crate::changes::Position::default() {
        return Ok(());
    }
    let cursor = head.to_string();
    let now = Utc::now();
    for hook in webhook::due(conn, &cursor, now).await? {
        let delivery = deliver(client, destinations, &hook, &cursor, now).await;
        let accepted = delivery.status.is_some_and(|s| (200..300).contains(&s));
        webhook::log(conn, &delivery).await?;
        if accepted {
            webhook::delivered(conn, &hook, &cursor).await?;
        } else {
            let wait = chrono::Duration::from_std(backoff(hook.failures))?;
            webhook::failed(conn, &hook, Utc::now() + wait).await?;
        }
    }
    Ok(())
}

/// The notice's body: read `GET /v1/changes` from your own cursor up to (at least) `cursor`.
pub fn notice(cursor: &str, at: DateTime<Utc>) -> serde_json::Value {
    serde_json::json!({
        "type": "changes.available",
        "timestamp": at,
        "data": {"cursor": cursor},
    })
}

async fn deliver(
    client: &reqwest::Client,
    destinations: Destinations,
    hook: &Webhook,
    cursor: &str,
    now: DateTime<Utc>,
) -> Delivery {
    let id = format!(
        "msg_{}_{}",
        hook.partner_id.simple(),
        cursor.replace('.', "_")
    );
    let timestamp = now.timestamp();
    let body = notice(cursor, now).to_string();
    let started = Instant::now();
    let outcome = match (
        // A URL registered while the rule was off is not called either.
        destinations.refused(&hook.url),
        sign(&hook.secret, &id, timestamp, body.as_bytes()),
    ) {
        (Some(reason), _) => Err(format!("not sent: {reason}")),
        (None, Err(e)) => Err(format!("signing: {e}")),
        (None, Ok(signature)) => client
            .post(&hook.url)
            .header("content-type", "application/json")
            .header("webhook-id", &id)
            .header("webhook-timestamp", timestamp.to_string())
            .header("webhook-signature", signature)
            .body(body)
            .send()
            .await
            .map(|r| r.status().as_u16())
            .map_err(|e| format!("{e}")),
    };
    let (status, error) = match outcome {
        Ok(status) => (Some(i32::from(status)), None),
        Err(e) => (None, Some(e)),
    };
    Delivery {
        id: 0,
        partner_id: hook.partner_id,
        message_id: id,
        url: hook.url.clone(),
        cursor: cursor.to_owned(),
        attempt: hook.failures + 1,
        status,
        error,
        duration_ms: started.elapsed().as_millis().min(i32::MAX as u128) as i32,
        attempted_at: now,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of the Standard Webhooks specification.
    #[test]
    fn signatures_match_the_standard_webhooks_example() {
        let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        let id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        let body = br#"{"test": 2432232314}"#;
        assert_eq!(
            sign(secret, id, 1614265330, body).unwrap(),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        );
    }

    #[test]
    fn secrets_are_random_and_backoff_doubles_to_an_hour() {
        assert_ne!(new_secret(), new_secret());
        assert!(new_secret().starts_with("whsec_"));
        assert_eq!(backoff(0), Duration::from_secs(1));
        assert_eq!(backoff(3), Duration::from_secs(8));
        assert_eq!(backoff(40), Duration::from_secs(3600));
    }
}
