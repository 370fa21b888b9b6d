//! `/v1/admin`: administration, for administrators only.

pub mod users;
