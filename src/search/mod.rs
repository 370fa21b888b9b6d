//! Multilingual full-text search. For now: the language-aware analysis that the index will use
//! (`analysis`); the index, its indexer tailing the change log and `GET /v1/search` build on it.

pub mod analysis;
