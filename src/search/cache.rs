//! Answers of recent searches, kept for the index generation they were computed on. Practitioners
//! repeat the same searches ("extradition", a State's name), and a search's facet counts cost a pass
//! over every matching document. Every index commit (any write anywhere) starts a new generation,
//! and the first lookup in a new generation empties the cache, so an answer is never older than the
//! index it would be computed from.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::engine::SearchResults;

pub struct ResultCache {
    capacity: usize,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    generation: u64,
    answers: HashMap<String, Arc<SearchResults>>,
}

impl ResultCache {
    /// A cache of at most `capacity` answers; 0 turns it off.
    pub fn new(capacity: usize) -> Self {
        ResultCache {
            capacity,
            inner: Mutex::new(Inner::default()),
        }
    }

    /// The answer to `key` computed on `generation`, if kept.
    pub fn get(&self, generation: u64, key: &str) -> Option<Arc<SearchResults>> {
        if self.capacity == 0 {
            return None;
        }
        let mut inner = self.inner.lock().ok()?;
        if inner.generation != generation {
            inner.answers.clear();
            inner.generation = generation;
            return None;
        }
        inner.answers.get(key).cloned()
    }

    /// Keeps `answer` for `key`, if it was computed on the current generation.
    pub fn put(&self, key: String, answer: Arc<SearchResults>) {
        if self.capacity == 0 {
            return;
        }
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        if answer.generation != inner.generation {
            return;
        }
        if inner.answers.len() >= self.capacity {
            // Rarely reached between two commits; starting afresh keeps this simple and bounded.
            inner.answers.clear();
        }
        inner.answers.insert(key, answer);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(generation: u64, total: usize) -> Arc<SearchResults> {
        Arc::new(SearchResults {
            generation,
            total,
            ..SearchResults::default()
        })
    }

    #[test]
    fn answers_live_as_long_as_their_generation() {
        let cache = ResultCache::new(2);
        assert!(cache.get(1, "q").is_none());
        cache.put("q".into(), answer(1, 7));
        assert_eq!(cache.get(1, "q").map(|a| a.total), Some(7));
        // A commit: the old answer is gone, and a late answer of the old generation is not kept.
        assert!(cache.get(2, "q").is_none());
        cache.put("q".into(), answer(1, 7));
        assert!(cache.get(2, "q").is_none());
        cache.put("a".into(), answer(2, 1));
        cache.put("b".into(), answer(2, 2));
        cache.put("c".into(), answer(2, 3));
        assert!(cache.get(2, "c").is_some() && cache.get(2, "a").is_none());
        let off = ResultCache::new(0);
        off.put("q".into(), answer(0, 1));
        assert!(off.get(0, "q").is_none());
    }
}
