//! Multilingual full-text search over the directory, legislation and case law. The index is derived
//! data: `indexer::catch_up` brings it to the end of the change log, reading each changed record from
//! Postgres; the index records the change-log position it reached, so a restart resumes where it
//! stopped and a schema change rebuilds it. `GET /v1/search` builds on this.

pub mod analysis;
pub mod document;
pub mod index;
pub mod indexer;
