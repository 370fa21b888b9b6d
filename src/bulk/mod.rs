//! Moving records in bulk: `import` loads an NDJSON file through the write pipeline, `corpus`
//! generates realistic multilingual files of any size for benchmarks.
//!
//! The file format, one JSON object per line:
//!
//! ```json
//! {"type": "authority", "record": { ...an authority as GET /v1/authorities/{id} shows it... }}
//! {"type": "legislation", "record": { ...a law as GET /v1/legislation/{id} shows it... }}
//! {"type": "case", "record": { ...a case as GET /v1/cases/{id} shows it... }}
//! ```
//!
//! `record.id` is kept; the other members the server owns (`version`, `status`, timestamps) are
//! ignored, exactly as in a POST. Lines of any other `type` (such as a header) are skipped.

pub mod corpus;
pub mod import;
