//! `/v1/admin`: administration, for administrators only.

pub mod partners;
pub mod users;
