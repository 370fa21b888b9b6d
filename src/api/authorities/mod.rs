//! `/v1/authorities`: the directory of competent national authorities.

pub mod confirm;
pub mod create;
pub mod delete;
pub mod dto;
pub mod get;
pub mod history;
pub mod input;
pub mod list;
pub mod update;
pub mod write;
