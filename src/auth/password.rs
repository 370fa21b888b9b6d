//! Password hashing with argon2id (OWASP parameters: 19 MiB, 2 iterations, 1 lane). Hashing is slow and
//! memory-hungry on purpose, so it runs on the blocking thread pool, at most `max_concurrent` at once,
//! with at most `max_waiting` more waiting their turn: one more is refused at once (503 with
//! `Retry-After`) rather than queued, so that a flood of sign-ins is answered fast and its callers
//! hold nothing (no database connection is held while a hash waits or runs).

use std::sync::Arc;

use argon2::{
    password_hash::{
        rand_core::OsRng, PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString,
    },
    Algorithm, Argon2, Params, Version,
};
use tokio::sync::Semaphore;

use crate::error::ApiError;

/// Memory cost in KiB, iterations and lanes.
const M_COST_KIB: u32 = 19 * 1024;
const T_COST: u32 = 2;
const P_COST: u32 = 1;

fn argon2() -> Argon2<'static> {
    // The constant parameters are valid; `Params::new` only fails on out-of-range values.
    let params = Params::new(M_COST_KIB, T_COST, P_COST, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes synchronously; for the CLI and the thread pool.
pub fn hash_blocking(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
}

/// Verifies synchronously. A malformed stored hash verifies nothing.
pub fn verify_blocking(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            argon2()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash of a random password, verified against when the e-mail is unknown so that an unknown
/// account costs the same time as a wrong password.
static DUMMY_HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Runs hashes off the async executor, a bounded number at a time.
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
    /// Places for hashes running or waiting.
    admitted: Arc<Semaphore>,
}

impl Hasher {
    pub fn new(max_concurrent: usize, max_waiting: usize) -> Self {
        let running = max_concurrent.max(1);
        Hasher {
            permits: Arc::new(Semaphore::new(running)),
            admitted: Arc::new(Semaphore::new(running + max_waiting)),
        }
    }

    /// A place among the hashes running or waiting, or 503 at once when they are all taken.
    pub fn admit(&self) -> Result<HashPlace, ApiError> {
        let place = Arc::clone(&self.admitted)
            .try_acquire_owned()
            .map_err(|_| ApiError::Unavailable("every password-check place is taken".into()))?;
        Ok(HashPlace {
            permits: Arc::clone(&self.permits),
            _place: place,
        })
    }

    pub async fn hash(&self, password: String) -> Result<String, ApiError> {
        self.admit()?.hash(password).await
    }
}

/// A place taken by [`Hasher::admit`]: the hash it is for waits its turn, then runs.
pub struct HashPlace {
    permits: Arc<Semaphore>,
    _place: tokio::sync::OwnedSemaphorePermit,
}

impl HashPlace {
    async fn run<T: Send + 'static>(
        self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, ApiError> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| ApiError::Internal(e.into()))?;
        tokio::task::spawn_blocking(work)
            .await
            .map_err(|e| ApiError::Internal(e.into()))
    }

    pub async fn hash(self, password: String) -> Result<String, ApiError> {
        self.run(move || hash_blocking(&password))
            .await?
            .map_err(ApiError::Internal)
    }

    /// Verifies `password` against `stored`, or against a dummy hash when there is no account.
    pub async fn verify(self, password: String, stored: Option<String>) -> Result<bool, ApiError> {
        self.run(move || match stored {
            Some(stored) => verify_blocking(&password, &stored),
            None => {
                let dummy = DUMMY_HASH
                    .get_or_init(|| hash_blocking("not a password anyone has").unwrap_or_default());
                verify_blocking(&password, dummy);
                false
            }
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let hash = hash_blocking("correct horse battery staple").unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify_blocking("correct horse battery staple", &hash));
        assert!(!verify_blocking("wrong horse battery staple", &hash));
        assert!(!verify_blocking("anything", "not a hash"));
        assert_ne!(
            hash,
            hash_blocking("correct horse battery staple").unwrap(),
            "salted"
        );
    }
}
