//! Plain query functions, one file per table (or per aggregate, for authorities). Rows that cannot be
//! turned into domain types are reported as deserialization errors, never silently skipped.

pub mod audit;
pub mod authority;
pub mod case;
pub mod change;
pub mod competence;
pub mod country;
pub mod idempotency;
pub mod instrument;
pub mod law;
pub mod login_throttle;
pub mod refresh_token;
pub mod region;
pub mod taxonomy;
pub mod user;
pub mod version;

/// Wraps a conversion failure of stored data as a diesel deserialization error.
pub(crate) fn corrupt(what: &str, detail: impl std::fmt::Display) -> diesel::result::Error {
    diesel::result::Error::DeserializationError(
        format!("stored {what} is not valid: {detail}").into(),
    )
}
