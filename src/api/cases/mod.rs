//! `/v1/cases`: case law. Public to read; written by the focal points of the case's State and by
//! administrators, with the rules of the directory.

pub mod create;
pub mod delete;
pub mod dto;
pub mod get;
pub mod input;
pub mod list;
pub mod update;
