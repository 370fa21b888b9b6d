//! Partner API keys: `cnap_` and 43 characters of randomness (32 bytes, base64url). Only the SHA-256
//! hash is stored; the first characters are kept to tell keys apart in lists.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use sha2::{Digest, Sha256};

/// What every partner key starts with: recognisable in logs and by secret scanners.
pub const PREFIX: &str = "cnap_";

/// Characters of a key shown in lists (the prefix and the first 8 random characters).
const SHOWN: usize = PREFIX.len() + 8;

/// A new key and its hash.
pub fn new_key() -> (String, Vec<u8>) {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    let key = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes));
    let hash = hash(&key);
    (key, hash)
}

/// The stored form of a key.
pub fn hash(key: &str) -> Vec<u8> {
    Sha256::digest(key.as_bytes()).to_vec()
}

/// Whether a bearer credential is a partner key rather than an access token.
pub fn is_partner_key(credential: &str) -> bool {
    credential.starts_with(PREFIX)
}

/// The part of a key that may be shown again.
pub fn shown_part(key: &str) -> String {
    key.chars().take(SHOWN).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_random_prefixed_and_hashed() {
        let (key, hash) = new_key();
        let (other, _) = new_key();
        assert_ne!(key, other);
        assert!(is_partner_key(&key));
        assert_eq!(key.len(), PREFIX.len() + 43);
        assert_eq!(hash, super::hash(&key));
        assert_eq!(hash.len(), 32);
        assert_eq!(shown_part(&key).len(), 13);
        assert!(!is_partner_key("eyJhbGciOiJIUzI1NiJ9.x.y"));
    }
}
