//! Checking a sign-in, for the API's `POST /v1/auth/login` and the web application's sign-in form
//! alike: the same throttling per account and per address, the same argon2 check in a bounded
//! number of places, the same answer for an unknown e-mail, a wrong password and a disabled
//! account.

use chrono::Utc;

use super::{throttle, throttle::AttemptKeys, Hasher};
use crate::db::{models, models::user::User, Pool};
use crate::domain::AccountEmail;
use crate::error::ApiError;

/// The account whose e-mail and password these are: 401 when they are not an active account's,
/// 429 after too many failures, 503 when the server checks as many passwords as it can.
pub async fn check(
    pool: &Pool,
    hasher: &Hasher,
    policy: &throttle::ThrottlePolicy,
    email: &AccountEmail,
    password: String,
    address: std::net::IpAddr,
) -> Result<User, ApiError> {
    let attempt = AttemptKeys::new(email, &address);
    // A place to check the password first: when the server is checking all it can, the sign-in
    // is refused before it costs the database anything.
    let place = hasher.admit()?;
    // The attempt is counted and the account read; the connection goes back before the password
    // is checked, however long that waits.
    let user = {
        let mut conn = pool.get().await?;
        throttle::claim(&mut conn, policy, &attempt, Utc::now()).await?;
        models::user::find_by_email(&mut conn, email).await?
    };
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let verified = match place.verify(password, stored).await {
        Ok(verified) => verified,
        Err(failed) => {
            let mut conn = pool.get().await?;
            throttle::not_attempted(&mut conn, policy, &attempt).await?;
            return Err(failed);
        }
    };
    let mut conn = pool.get().await?;
    let Some(user) = user.filter(|u| verified && u.active) else {
        return Err(ApiError::Unauthorized(
            "wrong e-mail address or password".into(),
        ));
    };
    throttle::succeeded(&mut conn, policy, &attempt).await?;
    Ok(user)
}
