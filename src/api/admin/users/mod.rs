//! `/v1/admin/users`: accounts.

pub mod create;
pub mod disable;
pub mod dto;
pub mod get;
pub mod list;
pub mod reset_password;
