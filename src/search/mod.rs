//! Multilingual full-text search over the directory, legislation and case law. The index is derived
//! data: `indexer::catch_up` brings it to the end of the change log, reading each changed record from
//! Postgres; the index records the change-log position it reached, so a restart resumes where it
//! stopped and a schema change rebuilds it. `GET /v1/search` builds on this.

pub mod analysis;
pub mod document;
pub mod index;
pub mod indexer;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// The search side of a server process: its own index, and whether it has caught up with the log.
#[derive(Clone)]
pub struct SearchState {
    pub index: Arc<index::SearchIndex>,
    pub ready: Arc<AtomicBool>,
}

impl SearchState {
    /// True once the index has applied the change log up to the moment the process started.
    pub fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Acquire)
    }
}
