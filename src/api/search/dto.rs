//! What `GET /v1/search` answers.

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::search::engine::{Hit, SearchResults};

/// One search hit.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchHit {
    /// `authority`, `legislation` (a provision of a law) or `case`.
    #[serde(rename = "type")]
    #[schema(example = "authority")]
    pub kind: String,
    /// The authority, the provision or the case.
    pub id: Uuid,
    /// For a provision: its law, at `/v1/legislation/{law_id}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub law_id: Option<Uuid>,
    /// The name of the authority, the title of the law with the provision's number, or the title of
    /// the case, in its original language.
    pub title: String,
    /// ISO 3166-1 alpha-3 code of the State.
    pub country: String,
    /// ISO 639-1 code of the record's original language.
    pub language: String,
    /// Relevance; only the order within one answer is meaningful.
    pub score: f32,
    /// HTML: a passage of the record where the query matched, escaped, with each matching word in
    /// `<mark>`. Empty when the record has no text beyond its title.
    pub snippet: String,
}

/// One value of a facet and the number of matching documents that have it.
#[derive(Debug, Serialize, ToSchema)]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

/// A page of hits with the total and the facet counts of the whole result set.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchPage {
    pub items: Vec<SearchHit>,
    /// Pass as `cursor` for the next page; null on the last page.
    pub next_cursor: Option<String>,
    /// How many documents match (a law counts once per matching provision).
    pub total: u64,
    /// For each facet (`type`, `country`, `region`, `language`, `competence`, `crime_type`,
    /// `cross_cutting`, `article`), its values among all the matching documents, most frequent first.
    pub facets: BTreeMap<String, Vec<FacetCount>>,
}

impl SearchPage {
    pub fn new(results: &SearchResults, next_cursor: Option<String>) -> Self {
        SearchPage {
            items: results
                .hits
                .iter()
                .filter_map(SearchHit::from_hit)
                .collect(),
            next_cursor,
            total: results.total as u64,
            facets: results
                .facets
                .iter()
                .map(|(name, values)| {
                    (
                        (*name).to_owned(),
                        values
                            .iter()
                            .map(|(value, count)| FacetCount {
                                value: value.clone(),
                                count: *count,
                            })
                            .collect(),
                    )
                })
                .collect(),
        }
    }
}

impl SearchHit {
    fn from_hit(hit: &Hit) -> Option<Self> {
        let id = Uuid::parse_str(&hit.id).ok()?;
        let law_id = (hit.kind == "legislation")
            .then(|| Uuid::parse_str(&hit.record_id).ok())
            .flatten();
        Some(SearchHit {
            kind: hit.kind.clone(),
            id,
            law_id,
            title: hit.title.clone(),
            country: hit.country.clone(),
            language: hit.language.clone(),
            score: hit.score,
            snippet: hit.snippet.clone(),
        })
    }
}
