//! Facet counts over every matching document. Each segment counts facet ordinals in a plain array;
//! only the ordinals that were counted are turned back into facet values, by one sequential pass
//! over the segment's facet dictionary (looking each one up on its own costs a dictionary block
//! decode per value, which dominated search time on large result sets).

use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::fastfield::FacetReader;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use super::index::FACETS;

/// Counts, by facet path (`/country/KEN`), over the documents collected.
pub struct FacetCounter;

pub struct SegmentFacetCounter {
    reader: FacetReader,
    counts: Vec<u32>,
}

impl Collector for FacetCounter {
    type Fruit = HashMap<String, u64>;
    type Child = SegmentFacetCounter;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounter> {
        let reader = segment.facet_reader(FACETS)?;
        let counts = vec![0; reader.num_facets()];
        Ok(SegmentFacetCounter { reader, counts })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<HashMap<String, u64>>) -> tantivy::Result<Self::Fruit> {
        let mut all: HashMap<String, u64> = HashMap::new();
        for fruit in fruits {
            for (facet, count) in fruit {
                *all.entry(facet).or_default() += count;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentFacetCounter {
    type Fruit = HashMap<String, u64>;

    fn collect(&mut self, doc: DocId, _: Score) {
        for ord in self.reader.facet_ords(doc) {
            if let Some(count) = self.counts.get_mut(ord as usize) {
                *count += 1;
            }
        }
    }

    fn harvest(self) -> HashMap<String, u64> {
        let mut found = HashMap::new();
        if self.counts.iter().all(|c| *c == 0) {
            return found;
        }
        let Ok(mut stream) = self.reader.facet_dict().stream() else {
            return found;
        };
        while stream.advance() {
            let count = self.counts.get(stream.term_ord() as usize).copied();
            if let Some(count) = count.filter(|c| *c > 0) {
                if let Ok(facet) = Facet::from_encoded(stream.key().to_vec()) {
                    found.insert(facet.to_path_string(), u64::from(count));
                }
            }
        }
        found
    }
}
