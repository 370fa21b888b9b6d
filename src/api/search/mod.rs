//! `/v1/search`: multilingual full-text search over the directory, legislation and case law, answered
//! from this server process's own search index.

pub mod dto;
pub mod get;
