//! Slowing down password guessing. Sign-in attempts are counted per account and per client address
//! in Postgres (so every server process sees the same counts). An attempt is counted *before* its
//! password is checked, in the same statement that refuses it when its key is blocked, so attempts
//! made in parallel are held to the limit exactly; an attempt that then succeeds clears the
//! account's count and gives the address's back. From the limit on within the window, attempts are
//! refused with 429 and `Retry-After`, for a time that doubles with each further failure, up to the
//! window.

use chrono::{DateTime, Duration, Utc};

use crate::db::{models::login_throttle, Conn};
use crate::domain::AccountEmail;
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

impl ThrottlePolicy {
    fn limits(&self, limit: i32) -> login_throttle::Limits {
        login_throttle::Limits {
            limit,
            window_secs: self.window.num_milliseconds() as f64 / 1000.0,
            first_block_secs: self.first_block.num_milliseconds() as f64 / 1000.0,
        }
    }
}

/// The keys one sign-in attempt is counted against.
#[derive(Debug, Clone)]
pub struct AttemptKeys {
    pub account: String,
    pub address: String,
}

impl AttemptKeys {
    pub fn new(email: &AccountEmail, address: &std::net::IpAddr) -> Self {
        AttemptKeys {
            account: format!("account:{}", email.as_str()),
            address: format!("address:{address}"),
        }
    }
}

/// Counts an attempt against the address and the account; 429 (counting nothing) when either is
/// blocked. Each count is one statement of its own, so that a key's row is locked only for that
/// statement, however many sign-ins from one address arrive at once.
pub async fn claim(
    conn: &mut Conn,
    policy: &ThrottlePolicy,
    keys: &AttemptKeys,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let refused = |until: DateTime<Utc>| {
        let millis = (until - now).num_milliseconds().max(0) as u64;
        ApiError::TooManyRequests {
            retry_after_secs: millis.div_ceil(1000).max(1),
        }
    };
    let address = policy.limits(policy.per_address);
    if let Err(until) = login_throttle::claim(conn, &keys.address, address, now).await? {
        return Err(refused(until));
    }
    let account = policy.limits(policy.per_account);
    if let Err(until) = login_throttle::claim(conn, &keys.account, account, now).await? {
        login_throttle::give_back(conn, &keys.address, policy.per_address).await?;
        return Err(refused(until));
    }
    Ok(())
}

/// The attempt succeeded: the account's failures are forgotten, the address's attempt given back.
pub async fn succeeded(
    conn: &mut Conn,
    policy: &ThrottlePolicy,
    keys: &AttemptKeys,
) -> Result<(), ApiError> {
    login_throttle::clear(conn, &keys.account).await?;
    login_throttle::give_back(conn, &keys.address, policy.per_address).await?;
    Ok(())
}

/// The attempt was never made (the server could not check the password): both counts given back.
pub async fn not_attempted(
    conn: &mut Conn,
    policy: &ThrottlePolicy,
    keys: &AttemptKeys,
) -> Result<(), ApiError> {
    login_throttle::give_back(conn, &keys.account, policy.per_account).await?;
    login_throttle::give_back(conn, &keys.address, policy.per_address).await?;
    Ok(())
}
