//! The tantivy index: its schema, opening (and rebuilding when the schema version changed), writing
//! documents with the change-log position they bring the index to, and querying.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use anyhow::Context;
use serde::{Deserialize, Serialize};
use tantivy::schema::{
    Facet, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST,
    STORED, STRING,
};
use tantivy::tokenizer::{TextAnalyzer, TokenStream};
use tantivy::{doc, Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, Term};

use super::analysis::{self, analyzer_for, NEUTRAL};
use super::document::{SearchDoc, LANGUAGES};
use crate::changes::Position;

/// Bump when the schema or the analysis changes: an index of another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 4;

/// Memory the writer may use before flushing a segment.
const WRITER_MEMORY: usize = 50_000_000;

/// What the index records in each commit.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct CommitPayload {
    pub schema_version: u32,
    pub position: Position,
}

/// The analyzer slots: the six UN languages, then every other language.
pub const SLOTS: usize = LANGUAGES.len() + 1;

/// The name of the facet field, for the facet collector.
pub const FACETS: &str = "facets";

/// The name of the fast field holding a document's language slot.
pub const LANGUAGE_SLOT: &str = "language_slot";

/// The name of the fast field holding a document's score weight.
pub const WEIGHT: &str = "weight";

#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub kind: Field,
    pub id: Field,
    pub record: Field,
    pub country: Field,
    pub title: Field,
    pub language: Field,
    pub language_slot: Field,
    pub weight: Field,
    /// `/type/…`, `/country/…`, `/region/…`, `/language/…`, `/competence/…`, `/crime_type/…`,
    /// `/cross_cutting/…`, `/article/…`.
    pub facets: Field,
    /// Each part of a document has one field per analyzer slot. Names and titles:
    pub titles: [Field; SLOTS],
    /// The State's names (not stored):
    pub places: [Field; SLOTS],
    /// The labels of the record's competences, crime types and cross-cutting issues:
    pub tags: [Field; SLOTS],
    /// Free text. Titles, tags and bodies are stored, for snippets.
    pub bodies: [Field; SLOTS],
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
    let record = builder.add_text_field("record", STRING | STORED);
    let country = builder.add_text_field("country", STRING | STORED);
    let title = builder.add_text_field("title", STORED);
    let language = builder.add_text_field("language", STRING | STORED);
    let language_slot = builder.add_u64_field(LANGUAGE_SLOT, FAST);
    let weight = builder.add_f64_field(WEIGHT, FAST);
    let facets = builder.add_facet_field(FACETS, FacetOptions::default());
    let mut group = |part: &str, stored: bool| -> [Field; SLOTS] {
        std::array::from_fn(|i| {
            let (name, analyzer) = match LANGUAGES.get(i) {
                Some(language) => (*language, analyzer_for(language)),
                None => ("other", NEUTRAL),
            };
            builder.add_text_field(&format!("{part}_{name}"), text_field(analyzer, stored))
        })
    };
    let titles = group("title", true);
    let places = group("place", false);
    let tags = group("tag", true);
    let bodies = group("body", true);
    let fields = Fields {
        kind,
        id,
        record,
        country,
        title,
        language,
        language_slot,
        weight,
        facets,
        titles,
        places,
        tags,
        bodies,
    };
    (builder.build(), fields)
}

/// The analyzer slot of a language code.
pub fn slot_of(language: &str) -> usize {
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
    analyzers: Vec<TextAnalyzer>,
    synonyms: HashMap<(usize, String), Vec<String>>,
}

/// Words practitioners use for one another, by language. Each group is analysed like the text, so
/// inflected forms meet too.
const SYNONYMS: &[(&str, &[&str])] = &[
    // Russian texts say «выдача»; practitioners also type the loanword.
    ("ru", &["экстрадиция", "выдача"]),
    // Money laundering: Spain says «blanqueo», Latin America «lavado».
    ("es", &["blanqueo", "lavado"]),
];

fn first_token(analyzer: &mut TextAnalyzer, word: &str) -> Option<String> {
    let mut stream = analyzer.token_stream(word);
    stream.advance().then(|| stream.token().text.clone())
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
        let analyzers: Vec<TextAnalyzer> = (0..SLOTS)
            .map(|slot| {
                let name = LANGUAGES.get(slot).map_or(NEUTRAL, |l| analyzer_for(l));
                index
                    .tokenizers()
                    .get(name)
                    .with_context(|| format!("analyzer {name} is not registered"))
            })
            .collect::<anyhow::Result<_>>()?;
        let mut synonyms: HashMap<(usize, String), Vec<String>> = HashMap::new();
        for (language, group) in SYNONYMS {
            let slot = slot_of(language);
            let mut analyzer: TextAnalyzer = analyzers[slot].clone();
            let terms: Vec<String> = group
                .iter()
                .filter_map(|w| first_token(&mut analyzer, w))
                .collect();
            for term in &terms {
                let others = terms.iter().filter(|t| *t != term).cloned().collect();
                synonyms.insert((slot, term.clone()), others);
            }
        }
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
            analyzers,
            synonyms,
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
        self.write(&writer, docs)
    }

    /// Adds documents of records not in the index (a rebuild).
    pub fn add(&self, docs: &[SearchDoc]) -> anyhow::Result<()> {
        let writer = self.writer()?;
        self.write(&writer, docs)
    }

    /// Removes every document; the next commit makes the index empty.
    pub fn clear(&self) -> anyhow::Result<()> {
        self.writer()?.delete_all_documents()?;
        Ok(())
    }

    fn write(&self, writer: &IndexWriter, docs: &[SearchDoc]) -> anyhow::Result<()> {
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
            document.add_u64(f.language_slot, slot_of(&d.language) as u64);
            document.add_f64(f.weight, d.weight);
            for (facet, value) in d.facets() {
                document.add_facet(f.facets, Facet::from_path([facet, value]));
            }
            for (language, text) in &d.titles {
                document.add_text(f.titles[slot_of(language)], text);
            }
            for (parts, fields) in [
                (&d.places, &f.places),
                (&d.tags, &f.tags),
                (&d.bodies, &f.bodies),
            ] {
                for (language, text) in parts {
                    document.add_text(fields[slot_of(language)], text);
                }
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

    /// The fields of the schema.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// The generation of the last commit's searcher (see [`SearchResults::generation`]).
    ///
    /// [`SearchResults::generation`]: super::engine::SearchResults::generation
    pub fn generation(&self) -> u64 {
        self.reader.searcher().generation().generation_id()
    }

    /// A searcher over the last commit.
    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// The analysed words that also match `term` in `slot`.
    pub fn synonyms(&self, slot: usize, term: &str) -> &[String] {
        self.synonyms
            .get(&(slot, term.to_owned()))
            .map_or(&[], Vec::as_slice)
    }

    /// The analyzer of a slot (see [`slot_of`]), ready to use.
    pub fn analyzer(&self, slot: usize) -> TextAnalyzer {
        self.analyzers[slot.min(SLOTS - 1)].clone()
    }
}
