//! Moving records in bulk: `export` writes a consistent snapshot as NDJSON, `import` loads such a
//! file through the write pipeline, `corpus` generates realistic multilingual files of any size
//! for benchmarks.
//!
//! The file format, one JSON object per line:
//!
//! ```json
//! {"type": "authority", "record": { ...an authority as GET /v1/authorities/{id} shows it... }}
//! {"type": "legislation", "record": { ...a law as GET /v1/legislation/{id} shows it... }}
//! {"type": "case", "record": { ...a case as GET /v1/cases/{id} shows it... }}
//! {"type": "treaty", "record": { ...a treaty participation as GET /v1/treaties/{id} shows it... }}
//! ```
//!
//! `record.id` is kept, and so are `version`, `created_at`, `updated_at`, `last_confirmed_at` and
//! `last_confirmed_by` when the record carries them (an export does), so that an instance loaded
//! from another's export answers reads as the other does; without them a record is created as a
//! POST would create it. Lines of any other `type` (an export's header and end) are skipped.

pub mod corpus;
pub mod export;
pub mod import;
pub mod treaty_csv;
