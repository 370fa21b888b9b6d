//! `/v1/export`: a consistent NDJSON snapshot of the directory, for partner portals to start from.

pub mod get;
