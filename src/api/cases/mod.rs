//! `/v1/cases`: case law. Public to read; written by the focal points of the case's State and by
//! administrators, with the rules of the directory.

pub mod dto;
pub mod list;
pub mod record;
