//! `/v1/authorities`: the directory of competent national authorities.

pub mod dto;
pub mod history;
pub mod list;
pub mod record;
