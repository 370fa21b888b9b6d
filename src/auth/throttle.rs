//! Slowing down password guessing. Failed sign-ins are counted per account and per client address in
//! Postgres (so every server process sees the same counts); past the limit within the window, further
//! attempts are refused with 429 and `Retry-After`, for a time that doubles with each further failure,
//! up to the window. A successful sign-in clears the account's count.

use chrono::{DateTime, Duration, Utc};

use crate::db::{
    models::login_throttle::{self, Throttle},
    Conn,
};
use crate::error::ApiError;

/// Limits of the throttle.
#[derive(Debug, Clone, Copy)]
pub struct ThrottlePolicy {
    /// Failures allowed per account within the window before attempts are refused.
    pub per_account: i32,
    /// Failures allowed per client address within the window.
    pub per_address: i32,
    pub window: Duration,
    /// The first refusal lasts this long; each further failure doubles it.
    pub first_block: Duration,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        ThrottlePolicy {
            per_account: 5,
            per_address: 50,
            window: Duration::minutes(15),
            first_block: Duration::seconds(30),
        }
    }
}

pub fn account_key(email: &str) -> String {
    format!("account:{}", email.trim().to_lowercase())
}

pub fn address_key(address: &str) -> String {
    format!("address:{address}")
}

/// 429 when any of the keys is blocked now.
pub async fn check(conn: &mut Conn, keys: &[String], now: DateTime<Utc>) -> Result<(), ApiError> {
    for key in keys {
        if let Some(row) = login_throttle::find(conn, key).await? {
            if let Some(until) = row.blocked_until.filter(|until| *until > now) {
                let secs = (until - now).num_milliseconds().max(0) as u64;
                return Err(ApiError::TooManyRequests {
                    retry_after_secs: secs.div_ceil(1000).max(1),
                });
            }
        }
    }
    Ok(())
}

/// Counts a failure against `key`.
pub async fn record_failure(
    conn: &mut Conn,
    policy: &ThrottlePolicy,
    key: &str,
    limit: i32,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let previous = login_throttle::find(conn, key)
        .await?
        .filter(|row| now - row.window_started_at < policy.window);
    let (failures, window_started_at) = match previous {
        Some(row) => (row.failures + 1, row.window_started_at),
        None => (1, now),
    };
    let blocked_until = (failures >= limit).then(|| {
        let doublings = (failures - limit).clamp(0, 16) as u32;
        let block = policy.first_block * 2i32.pow(doublings);
        now + block.min(policy.window)
    });
    login_throttle::save(
        conn,
        &Throttle {
            key: key.to_owned(),
            failures,
            window_started_at,
            blocked_until,
        },
    )
    .await?;
    Ok(())
}

pub async fn clear(conn: &mut Conn, key: &str) -> Result<(), ApiError> {
    Ok(login_throttle::clear(conn, key).await?)
}
