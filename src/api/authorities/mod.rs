//! `/v1/authorities`: the directory of competent national authorities.

pub mod dto;
pub mod get;
pub mod list;
