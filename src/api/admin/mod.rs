//! `/v1/admin`: administration, for administrators only.

pub mod outbox;
pub mod partners;
pub mod users;
