//! `/v1/admin/partners`: partner portals' API clients.

pub mod create;
pub mod dto;
pub mod get;
pub mod list;
pub mod revoke;
