//! `/v1/legislation`: national laws and their provisions. Public to read; written by the focal points
//! of the law's State and by administrators, with the rules of the directory.

pub mod dto;
pub mod list;
pub mod record;
