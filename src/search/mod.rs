//! Multilingual full-text search over the directory, legislation and case law. The index is derived
//! data: `indexer::catch_up` brings it to the end of the change log, reading each changed record from
//! Postgres; the index records the change-log position it reached, so a restart resumes where it
//! stopped and a schema change rebuilds it. `engine::search` answers `GET /v1/search` from it.

pub mod analysis;
pub mod cache;
pub mod document;
pub mod engine;
pub mod facets;
pub mod index;
pub mod indexer;
pub mod query;
pub mod snippet;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// The search side of a server process: its own index, whether it has caught up with the log,
/// the answers of recent searches, and the places for searches running at once.
#[derive(Clone)]
pub struct SearchState {
    pub index: Arc<index::SearchIndex>,
    pub ready: Arc<AtomicBool>,
    pub cache: Arc<cache::ResultCache>,
    pub places: Arc<tokio::sync::Semaphore>,
}

/// How long a search waits for a place before it is refused (503).
const PLACE_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

impl SearchState {
    /// True once the index has applied the change log up to the moment the process started.
    pub fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Acquire)
    }

    /// Answers `request` from the cache, or computes it on the blocking thread pool, at most as
    /// many at once as there are places: a search (fuzzy expansion, facets, snippets) never runs
    /// on the executor's threads, where one expensive query would stall every request queued
    /// behind it.
    pub async fn run(
        &self,
        request: engine::SearchRequest,
    ) -> Result<Arc<engine::SearchResults>, crate::error::ApiError> {
        use crate::error::ApiError;
        let key = format!("{request:?}");
        if let Some(answer) = self.cache.get(self.index.generation(), &key) {
            return Ok(answer);
        }
        let _place = tokio::time::timeout(PLACE_WAIT, Arc::clone(&self.places).acquire_owned())
            .await
            .map_err(|_| ApiError::Unavailable("every search place is taken".into()))?
            .map_err(|e| ApiError::Internal(e.into()))?;
        let index = Arc::clone(&self.index);
        let answer = tokio::task::spawn_blocking(move || engine::search(&index, &request))
            .await
            .map_err(|e| ApiError::Internal(e.into()))??;
        let answer = Arc::new(answer);
        self.cache.put(key, Arc::clone(&answer));
        Ok(answer)
    }
}

/// The search index of the server whose data directory is `data_dir`.
pub fn index_dir(data_dir: &std::path::Path) -> std::path::PathBuf {
    data_dir.join("search")
}

/// Rebuilds the index in `data_dir` from Postgres, then applies the changes made meanwhile.
/// `start` is told how many records there are, `progress` how many each batch read. A server using
/// the same directory holds the index's lock: stop it first (or let it rebuild itself at start).
pub async fn reindex(
    pool: &crate::db::Pool,
    data_dir: &std::path::Path,
    start: impl FnOnce(u64),
    progress: impl FnMut(u64),
) -> anyhow::Result<(u64, crate::changes::Position)> {
    use anyhow::Context;
    let dir = index_dir(data_dir);
    let index = Arc::new(index::SearchIndex::open(&dir).with_context(|| {
        format!(
            "opening the search index in {} (a server running with this data directory holds it)",
            dir.display()
        )
    })?);
    let mut conn = pool.get().await?;
    let records = indexer::record_count(&mut conn).await?;
    start(records);
    indexer::rebuild(&mut conn, &index, progress).await?;
    let position = indexer::catch_up(&mut conn, &index).await?;
    Ok((records, position))
}
