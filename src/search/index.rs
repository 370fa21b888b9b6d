//! The tantivy index: its schema, opening (and rebuilding when the schema version changed), writing
//! documents with the change-log position they bring the index to, and querying.

use std::path::Path;
use std::sync::Mutex;

use anyhow::Context;
use serde::{Deserialize, Serialize};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::{doc, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use super::analysis::{self, analyzer_for, NEUTRAL};
use super::document::{SearchDoc, LANGUAGES};
use crate::changes::Position;

/// Bump when the schema or the analysis changes: an index of another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 1;

/// Memory the writer may use before flushing a segment.
const WRITER_MEMORY: usize = 50_000_000;

/// What the index records in each commit.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct CommitPayload {
    pub schema_version: u32,
    pub position: Position,
}

#[derive(Debug, Clone, Copy)]
struct Fields {
    kind: Field,
    id: Field,
    record: Field,
    country: Field,
    title: Field,
    language: Field,
    facets: Field,
    /// One title and one body field per analyzed language, and a neutral pair last.
    titles: [Field; 7],
    bodies: [Field; 7],
}

/// A search hit.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: String,
    pub id: String,
    pub country: String,
    pub title: String,
    pub language: String,
    pub score: f32,
}

fn text_field(analyzer: &str, stored: bool) -> TextOptions {
    let options = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    if stored {
        options.set_stored()
    } else {
        options
    }
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let kind = builder.add_text_field("kind", STRING | STORED);
    let id = builder.add_text_field("id", STRING | STORED);
    let record = builder.add_text_field("record", STRING);
    let country = builder.add_text_field("country", STRING | STORED);
    let title = builder.add_text_field("title", STORED);
    let language = builder.add_text_field("language", STRING | STORED);
    let facets = builder.add_text_field("facets", STRING);
    let slot = |i: usize| {
        if i < LANGUAGES.len() {
            LANGUAGES[i]
        } else {
            "other"
        }
    };
    let titles = std::array::from_fn(|i| {
        let analyzer = if i < LANGUAGES.len() {
            analyzer_for(LANGUAGES[i])
        } else {
            NEUTRAL
        };
        builder.add_text_field(&format!("title_{}", slot(i)), text_field(analyzer, false))
    });
    let bodies = std::array::from_fn(|i| {
        let analyzer = if i < LANGUAGES.len() {
            analyzer_for(LANGUAGES[i])
        } else {
            NEUTRAL
        };
        builder.add_text_field(&format!("body_{}", slot(i)), text_field(analyzer, true))
    });
    let fields = Fields {
        kind,
        id,
        record,
        country,
        title,
        language,
        facets,
        titles,
        bodies,
    };
    (builder.build(), fields)
}

fn slot_of(language: &str) -> usize {
    LANGUAGES
        .iter()
        .position(|l| *l == language)
        .unwrap_or(LANGUAGES.len())
}

/// The search index of one server process.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it, or rebuilding it empty when its schema version is not
    /// this one's (the indexer then fills it from the change log).
    pub fn open(dir: &Path) -> anyhow::Result<Self> {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let (schema, fields) = schema();
        let existing = Index::open_in_dir(dir).ok().filter(|index| {
            index
                .load_metas()
                .ok()
                .and_then(|m| m.payload)
                .and_then(|p| serde_json::from_str::<CommitPayload>(&p).ok())
                .is_some_and(|p| p.schema_version == SCHEMA_VERSION)
                && index.schema() == schema
        });
        let index = match existing {
            Some(index) => index,
            None => {
                for entry in std::fs::read_dir(dir)?.flatten() {
                    let path = entry.path();
                    if path.is_file() {
                        std::fs::remove_file(&path)?;
                    }
                }
                Index::create_in_dir(dir, schema).context("creating the search index")?
            }
        };
        analysis::register(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .context("opening the index reader")?;
        let writer = index
            .writer(WRITER_MEMORY)
            .context("opening the index writer")?;
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
        })
    }

    /// The change-log position the index has applied.
    pub fn position(&self) -> Position {
        self.index
            .load_metas()
            .ok()
            .and_then(|m| m.payload)
            .and_then(|p| serde_json::from_str::<CommitPayload>(&p).ok())
            .map(|p| p.position)
            .unwrap_or_default()
    }

    fn writer(&self) -> anyhow::Result<std::sync::MutexGuard<'_, IndexWriter>> {
        self.writer
            .lock()
            .map_err(|_| anyhow::anyhow!("the index writer lock is poisoned"))
    }

    /// Replaces every document of `record` with `docs` (none: the record is gone).
    pub fn replace(&self, record: &str, docs: &[SearchDoc]) -> anyhow::Result<()> {
        let writer = self.writer()?;
        writer.delete_term(Term::from_field_text(self.fields.record, record));
        for d in docs {
            let f = &self.fields;
            let mut document = doc!(
                f.kind => d.kind,
                f.id => d.id.as_str(),
                f.record => d.record.as_str(),
                f.country => d.country.as_str(),
                f.title => d.title.as_str(),
                f.language => d.language.as_str(),
            );
            let facet_values = d
                .competences
                .iter()
                .map(|c| format!("competence:{c}"))
                .chain(d.crime_types.iter().map(|c| format!("crime_type:{c}")))
                .chain(d.cross_cutting.iter().map(|c| format!("cross_cutting:{c}")))
                .chain(d.articles.iter().map(|a| format!("article:{a}")));
            for value in facet_values {
                document.add_text(f.facets, value);
            }
            for (language, text) in &d.titles {
                document.add_text(f.titles[slot_of(language)], text);
            }
            for (language, text) in &d.bodies {
                document.add_text(f.bodies[slot_of(language)], text);
            }
            writer.add_document(document)?;
        }
        Ok(())
    }

    /// Commits what was written as having reached `position`, and makes it searchable.
    pub fn commit(&self, position: Position) -> anyhow::Result<()> {
        let mut writer = self.writer()?;
        let payload = serde_json::to_string(&CommitPayload {
            schema_version: SCHEMA_VERSION,
            position,
        })?;
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&payload);
        prepared.commit()?;
        drop(writer);
        self.reader.reload()?;
        Ok(())
    }

    /// The best `limit` hits for `text`, optionally of one kind and one country.
    pub fn search(
        &self,
        text: &str,
        kind: Option<&str>,
        country: Option<&str>,
        limit: usize,
    ) -> anyhow::Result<Vec<Hit>> {
        let f = &self.fields;
        let mut parser = QueryParser::for_index(
            &self.index,
            f.titles.iter().chain(f.bodies.iter()).copied().collect(),
        );
        for title in f.titles {
            parser.set_field_boost(title, 3.0);
        }
        let (parsed, _errors) = parser.parse_query_lenient(text);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, parsed)];
        for (field, value) in [(f.kind, kind), (f.country, country)] {
            if let Some(value) = value {
                clauses.push((
                    Occur::Must,
                    Box::new(TermQuery::new(
                        Term::from_field_text(field, value),
                        IndexRecordOption::Basic,
                    )),
                ));
            }
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let top = searcher.search(&query, &TopDocs::with_limit(limit))?;
        top.into_iter()
            .map(|(score, address)| {
                let document: TantivyDocument = searcher.doc(address)?;
                let get = |field: Field| {
                    document
                        .get_first(field)
                        .and_then(|v| v.as_str())
                        .unwrap_or_default()
                        .to_owned()
                };
                Ok(Hit {
                    kind: get(f.kind),
                    id: get(f.id),
                    country: get(f.country),
                    title: get(f.title),
                    language: get(f.language),
                    score,
                })
            })
            .collect()
    }
}
