//! Running a search: the user's query becomes a tantivy query, facet filters narrow it, one pass over
//! the matches collects the page, the total and the facet counts, and the page's hits get snippets.
//!
//! Ranking is BM25 with these adjustments:
//! - each word is looked up with the analyzer of every language written in its script (a Latin word
//!   in the English, French, Spanish and neutral fields; a Cyrillic one in the Russian and neutral
//!   fields...); the best field counts, with a small share of the others (`TIE_BREAKER`), and fields
//!   where it does not occur are left out of the query altogether;
//! - names and titles weigh `TITLE_BOOST` times body text, the State's names `PLACE_BOOST` times and
//!   the labels of the record's competences, crime types and cross-cutting issues `TAG_BOOST` times;
//! - a word of 5 letters or more also matches words one edit away, of 9 or more two edits away, but
//!   such a fuzzy match only adds a constant `FUZZY_WEIGHT`, always less than an exact match's score;
//!   a word found as typed in `COMMON_WORD` documents or more is not matched fuzzily;
//! - with three words or more, a document may miss a third of them (rounded down), so a stray word
//!   does not empty the results; documents with more of the words score higher. Phrases are required.
//! - a few words practitioners use interchangeably also match each other (`synonyms`);
//! - a repealed law's provisions weigh half (`document::REPEALED_WEIGHT`);
//! - `lang` multiplies the score of documents in that language by `PREFERRED_LANGUAGE`.

use std::collections::BTreeMap;

use tantivy::collector::{Count, TopDocs};

use super::facets::FacetCounter;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, DisjunctionMaxQuery, EmptyQuery, FuzzyTermQuery, Occur,
    PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Facet, Field, IndexRecordOption, Value};
use tantivy::tokenizer::TokenStream;
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentReader, TantivyDocument, Term};

use super::index::{slot_of, Fields, SearchIndex, LANGUAGE_SLOT, SLOTS, WEIGHT};
use super::query::{Clause, UserQuery};
use super::snippet::{self, QueryTerm};

pub const TITLE_BOOST: Score = 3.0;
pub const PLACE_BOOST: Score = 2.0;
pub const TAG_BOOST: Score = 2.0;
pub const FUZZY_WEIGHT: Score = 0.3;
pub const PREFERRED_LANGUAGE: Score = 1.5;
pub const TIE_BREAKER: Score = 0.1;
/// Only the first words of a query are matched fuzzily: typo variants of 32 unknown words would
/// make one query cost as much as hundreds.
pub const FUZZY_WORDS: usize = 8;
/// A word found as typed in this many documents (over its fields) is not also matched fuzzily.
pub const COMMON_WORD: u64 = 20;

/// The facets counted for every search, in the order they are reported.
pub const FACET_NAMES: [&str; 8] = [
    "type",
    "country",
    "region",
    "language",
    "competence",
    "crime_type",
    "cross_cutting",
    "article",
];

/// A search to run.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub query: UserQuery,
    /// `(facet, accepted values)`: a document must hold one of the values of every facet listed.
    pub filters: Vec<(&'static str, Vec<String>)>,
    /// Prefer documents in this language.
    pub prefer: Option<String>,
    pub offset: usize,
    pub limit: usize,
}

/// One hit.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: String,
    pub id: String,
    /// The record the hit belongs to: for a provision, its law.
    pub record_id: String,
    pub country: String,
    pub title: String,
    pub language: String,
    pub score: Score,
    /// HTML: escaped text with `<mark>` around the words that matched.
    pub snippet: String,
}

/// A page of hits, the number of matching documents and the facet counts over all of them.
#[derive(Debug, Clone, Default)]
pub struct SearchResults {
    /// The index generation searched: answers of one generation stay true until the next commit.
    pub generation: u64,
    pub total: usize,
    pub hits: Vec<Hit>,
    /// Facet name to `(value, count)`, most frequent first.
    pub facets: BTreeMap<&'static str, Vec<(String, u64)>>,
}

/// The analyzer slots a piece of text is looked up in, by the scripts it is written in. The neutral
/// slot is always included: it holds every language without an analyzer of its own.
fn slots_for(text: &str) -> Vec<usize> {
    let mut slots = [false; SLOTS];
    slots[SLOTS - 1] = true;
    let mut letters = false;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters = true;
        let languages: &[&str] = match c as u32 {
            0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => &["ru"],
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => &["ar"],
            0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF => &["zh"],
            0..=0x024F | 0x1E00..=0x1EFF => &["en", "fr", "es"],
            _ => &[],
        };
        for language in languages {
            slots[slot_of(language)] = true;
        }
    }
    if !letters {
        // Numbers and symbols: every language.
        return (0..SLOTS).collect();
    }
    (0..SLOTS).filter(|s| slots[*s]).collect()
}

/// Edits tolerated for a word as typed: none for words with digits or ideographs.
fn distance_for(word: &str) -> u8 {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let ideographic = word
        .chars()
        .any(|c| (0x2E80..=0x9FFF).contains(&(c as u32)));
    if ideographic || letters != word.chars().count() {
        0
    } else if letters >= 9 {
        2
    } else if letters >= 5 {
        1
    } else {
        0
    }
}

/// A token of the query as one analyzer sees it.
#[derive(Debug, Clone)]
struct QueryToken {
    text: String,
    position: usize,
    end: usize,
    distance: u8,
}

/// Builds the tantivy query and the terms to highlight, per slot.
struct Builder<'a> {
    index: &'a SearchIndex,
    searcher: &'a Searcher,
    highlight: Vec<Vec<QueryTerm>>,
}

/// The four parts of a document, by slot, with their weights.
fn parts(fields: &Fields, slot: usize) -> [(Field, Score); 4] {
    [
        (fields.titles[slot], TITLE_BOOST),
        (fields.places[slot], PLACE_BOOST),
        (fields.tags[slot], TAG_BOOST),
        (fields.bodies[slot], 1.0),
    ]
}

impl Builder<'_> {
    fn tokens(&self, slot: usize, text: &str) -> Vec<QueryToken> {
        let mut analyzer = self.index.analyzer(slot);
        let mut stream = analyzer.token_stream(text);
        let mut tokens = Vec::new();
        while stream.advance() {
            let t = stream.token();
            tokens.push(QueryToken {
                text: t.text.clone(),
                position: t.position,
                end: t.position + t.position_length.max(1),
                distance: distance_for(&text[t.offset_from..t.offset_to]),
            });
        }
        tokens
    }

    /// In how many documents `text` occurs in `field`.
    fn frequency(&self, field: Field, text: &str) -> u64 {
        self.searcher
            .doc_freq(&Term::from_field_text(field, text))
            .unwrap_or(u64::MAX)
    }

    /// Whether `text` occurs in `field` of any document.
    fn exists(&self, field: Field, text: &str) -> bool {
        self.frequency(field, text) > 0
    }

    /// The query for one token in one field: the word itself, its synonyms and, when `fuzzy`, the
    /// words within its edit distance. `None` when nothing of it can match in that field, so that
    /// fields that cannot match cost nothing.
    fn term(
        &self,
        slot: usize,
        field: Field,
        token: &QueryToken,
        boost: Score,
        fuzzy: bool,
    ) -> Option<Box<dyn Query>> {
        let exact = |text: &str| -> Box<dyn Query> {
            Box::new(BoostQuery::new(
                Box::new(TermQuery::new(
                    Term::from_field_text(field, text),
                    IndexRecordOption::WithFreqs,
                )),
                boost,
            ))
        };
        let mut alternatives: Vec<(Occur, Box<dyn Query>)> = std::iter::once(&token.text)
            .chain(self.index.synonyms(slot, &token.text))
            .filter(|text| self.exists(field, text))
            .map(|text| (Occur::Should, exact(text)))
            .collect();
        if fuzzy && token.distance > 0 {
            alternatives.push((
                Occur::Should,
                Box::new(BoostQuery::new(
                    Box::new(FuzzyTermQuery::new(
                        Term::from_field_text(field, &token.text),
                        token.distance,
                        true,
                    )),
                    boost * FUZZY_WEIGHT,
                )),
            ));
        }
        match alternatives.len() {
            0 => None,
            1 => alternatives.pop().map(|(_, query)| query),
            _ => Some(Box::new(BooleanQuery::new(alternatives))),
        }
    }

    /// The query for one clause over every field its script can be in; `None` when no analyzer
    /// finds a word in it (punctuation only).
    fn clause(&mut self, clause: &Clause, fuzzy: bool, highlight: bool) -> Option<Box<dyn Query>> {
        let fields = *self.index.fields();
        let analysed: Vec<(usize, Vec<QueryToken>)> = slots_for(clause.text())
            .into_iter()
            .map(|slot| (slot, self.tokens(slot, clause.text())))
            .filter(|(_, tokens)| !tokens.is_empty())
            .collect();
        // A word found as typed in many documents is taken to be meant: its typo variants would add
        // little, at the highest cost (the automaton's union includes the word's own postings).
        let fuzzy = fuzzy
            && !analysed.iter().any(|(slot, tokens)| {
                tokens.iter().all(|t| {
                    parts(&fields, *slot)
                        .iter()
                        .map(|(field, _)| self.frequency(*field, &t.text))
                        .sum::<u64>()
                        >= COMMON_WORD
                })
            });
        let punctuation_only = analysed.is_empty();
        let mut disjuncts: Vec<Box<dyn Query>> = Vec::new();
        for (slot, mut tokens) in analysed {
            if highlight {
                for t in &tokens {
                    let synonyms = self
                        .index
                        .synonyms(slot, &t.text)
                        .iter()
                        .map(|s| QueryTerm {
                            text: s.clone(),
                            distance: 0,
                        });
                    let term = QueryTerm {
                        text: t.text.clone(),
                        distance: if fuzzy { t.distance } else { 0 },
                    };
                    self.highlight[slot].extend(std::iter::once(term).chain(synonyms));
                }
            }
            if matches!(clause, Clause::Phrase(_)) {
                // Overlapping segments (Chinese search mode) would ask for two words at one place:
                // keep the longest words that cover the phrase.
                tokens.sort_by_key(|t| (t.position, std::cmp::Reverse(t.end)));
                let mut cover: Vec<QueryToken> = Vec::new();
                for t in tokens {
                    if cover.last().is_none_or(|last| t.position >= last.end) {
                        cover.push(t);
                    }
                }
                tokens = cover;
            }
            for (field, boost) in parts(&fields, slot) {
                let query: Option<Box<dyn Query>> = match (clause, tokens.as_slice()) {
                    (_, [one]) => self.term(slot, field, one, boost, fuzzy),
                    (Clause::Phrase(_), many) => {
                        if many.iter().all(|t| self.exists(field, &t.text)) {
                            let first = many[0].position;
                            let terms = many
                                .iter()
                                .map(|t| {
                                    (t.position - first, Term::from_field_text(field, &t.text))
                                })
                                .collect();
                            Some(Box::new(BoostQuery::new(
                                Box::new(PhraseQuery::new_with_offset(terms)),
                                boost,
                            )))
                        } else {
                            None
                        }
                    }
                    (Clause::Word(_), many) => many
                        .iter()
                        .map(|t| {
                            self.term(slot, field, t, boost, fuzzy)
                                .map(|q| (Occur::Must, q))
                        })
                        .collect::<Option<Vec<_>>>()
                        .map(|all| Box::new(BooleanQuery::new(all)) as Box<dyn Query>),
                };
                disjuncts.extend(query);
            }
        }
        match disjuncts.len() {
            // A word that matches nowhere: the clause matches nothing (rather than vanishing).
            0 if punctuation_only => None,
            0 => Some(Box::new(EmptyQuery)),
            1 => disjuncts.pop(),
            _ => Some(Box::new(DisjunctionMaxQuery::with_tie_breaker(
                disjuncts,
                TIE_BREAKER,
            ))),
        }
    }
}

fn facet_term(field: Field, facet: &str, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_facet(field, &Facet::from_path([facet, value])),
        IndexRecordOption::Basic,
    ))
}

/// Runs `request` against the index's last commit.
pub fn search(index: &SearchIndex, request: &SearchRequest) -> anyhow::Result<SearchResults> {
    let fields = *index.fields();
    let searcher = index.searcher();
    let mut builder = Builder {
        index,
        searcher: &searcher,
        highlight: vec![Vec::new(); SLOTS],
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut words: Vec<Box<dyn Query>> = Vec::new();
    for (n, clause) in request.query.include.iter().enumerate() {
        if let Some(query) = builder.clause(clause, n < FUZZY_WORDS, true) {
            match clause {
                Clause::Phrase(_) => clauses.push((Occur::Must, query)),
                Clause::Word(_) => words.push(query),
            }
        }
    }
    let searched = !request.query.include.is_empty();
    if searched && clauses.is_empty() && words.is_empty() {
        // Only punctuation: nothing can match it.
        clauses.push((Occur::Must, Box::new(EmptyQuery)));
    }
    match words.len() {
        0 => {}
        1 | 2 => clauses.extend(words.into_iter().map(|w| (Occur::Must, w))),
        n => clauses.push((
            Occur::Must,
            Box::new(BooleanQuery::with_minimum_required_clauses(
                words.into_iter().map(|w| (Occur::Should, w)).collect(),
                n - n / 3,
            )),
        )),
    }
    for clause in &request.query.exclude {
        if let Some(query) = builder.clause(clause, false, false) {
            clauses.push((Occur::MustNot, query));
        }
    }
    if !clauses.iter().any(|(occur, _)| *occur == Occur::Must) {
        // Browsing, or only exclusions: start from every document.
        clauses.push((Occur::Must, Box::new(AllQuery)));
    }
    for (facet, values) in &request.filters {
        let any: Vec<(Occur, Box<dyn Query>)> = values
            .iter()
            .map(|v| (Occur::Should, facet_term(fields.facets, facet, v)))
            .collect();
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    let query = BooleanQuery::new(clauses);

    let preferred = request.prefer.as_deref().map(|l| slot_of(l) as u64);
    let top = TopDocs::with_limit(request.limit.max(1))
        .and_offset(request.offset)
        .tweak_score(move |segment: &SegmentReader| {
            // The language is read only when a preference asks for it.
            let language = preferred.and_then(|_| segment.fast_fields().u64(LANGUAGE_SLOT).ok());
            let weight = segment.fast_fields().f64(WEIGHT).ok();
            move |doc: DocId, score: Score| {
                let weight = weight.as_ref().and_then(|w| w.first(doc)).unwrap_or(1.0) as Score;
                match (&language, preferred) {
                    (Some(column), Some(wanted)) if column.first(doc) == Some(wanted) => {
                        score * weight * PREFERRED_LANGUAGE
                    }
                    _ => score * weight,
                }
            }
        });
    let (top, total, counts) = searcher.search(&query, &(top, Count, FacetCounter))?;

    let hits = top
        .into_iter()
        .map(|(score, address)| hit(index, &builder.highlight, &searcher, score, address))
        .collect::<anyhow::Result<_>>()?;
    let mut facets: BTreeMap<&'static str, Vec<(String, u64)>> =
        FACET_NAMES.iter().map(|name| (*name, Vec::new())).collect();
    for (path, count) in counts {
        let mut parts = path.trim_start_matches('/').splitn(2, '/');
        if let (Some(name), Some(value)) = (parts.next(), parts.next()) {
            if let Some(values) = facets.get_mut(name) {
                values.push((value.to_owned(), count));
            }
        }
    }
    for values in facets.values_mut() {
        values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    }
    Ok(SearchResults {
        generation: searcher.generation().generation_id(),
        total,
        hits,
        facets,
    })
}

fn hit(
    index: &SearchIndex,
    highlight: &[Vec<QueryTerm>],
    searcher: &tantivy::Searcher,
    score: Score,
    address: DocAddress,
) -> anyhow::Result<Hit> {
    let f = index.fields();
    let document: TantivyDocument = searcher.doc(address)?;
    let get = |field: Field| {
        document
            .get_first(field)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned()
    };
    let record = get(f.record);
    // Bodies first: a passage of text says more than the title the hit already shows.
    let mut best: Option<(String, Vec<(usize, usize)>)> = None;
    for fields in [&f.bodies, &f.tags, &f.titles] {
        for (slot, field) in fields.iter().enumerate() {
            let mut analyzer = index.analyzer(slot);
            for value in document.get_all(*field).filter_map(|v| v.as_str()) {
                let marks = snippet::matches(&mut analyzer, value, &highlight[slot]);
                if marks.len() > best.as_ref().map_or(0, |b| b.1.len()) {
                    best = Some((value.to_owned(), marks));
                }
            }
        }
        if best.is_some() {
            break;
        }
    }
    let snippet = match best {
        Some((text, marks)) => snippet::render(&text, &marks),
        // Nothing to mark (browsing): the start of the first text.
        None => {
            let first = f
                .bodies
                .iter()
                .find_map(|field| document.get_first(*field).and_then(|v| v.as_str()));
            snippet::render(first.unwrap_or_default(), &[])
        }
    };
    Ok(Hit {
        kind: get(f.kind),
        id: get(f.id),
        record_id: record
            .split_once(':')
            .map(|(_, id)| id.to_owned())
            .unwrap_or_default(),
        country: get(f.country),
        title: get(f.title),
        language: get(f.language),
        score,
        snippet,
    })
}
