//! `cna import FILE.ndjson`: every record is parsed and validated exactly as a POST body is, and
//! created through the same write functions, each with its version, change-log row and audit entry.
//! Records are checked one by one, then written in batches, one transaction and a few multi-row
//! statements per batch, several batches at a time. A record whose id already exists is skipped, so
//! an interrupted import can simply be run again.

use crate::domain::RecordKind;
use std::collections::{HashSet, VecDeque};
use std::io::BufRead;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use diesel_async::scoped_futures::ScopedFutureExt;
use diesel_async::{AsyncConnection, RunQueryDsl};
use serde::Deserialize;
use uuid::Uuid;

use crate::auth::WriteScope;
use crate::db::models::{version::Actor, IdRow};
use crate::db::{Conn, Pool};
use crate::directory::{
    self,
    input::{
        authority::AuthorityInput, case::CaseInput, law::LawInput, treaty::TreatyInput, Input,
    },
    legislation::LawDraft,
    Drafted, WriteContext,
};
use crate::domain::{
    case::Case,
    legislation::Law,
    treaty::{Instrument, TreatyParticipation},
    Authority, CountryCode,
};

/// Records per transaction.
pub const BATCH: usize = 500;
/// Batches written at the same time.
pub const CONCURRENCY: usize = 4;

/// What an import did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ImportReport {
    pub created: u64,
    /// Already present (same id).
    pub skipped: u64,
}

#[derive(Deserialize)]
struct Line {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    record: serde_json::Value,
}

/// A parsed, validated record, with the server-owned members it carried.
enum Parsed {
    Authority(Uuid, Drafted<directory::Draft>, Kept),
    Law(Uuid, Drafted<LawDraft>, Kept),
    Case(Uuid, Drafted<(Case, Option<CountryCode>)>, Kept),
    Treaty(
        Uuid,
        Drafted<(TreatyParticipation, Option<CountryCode>)>,
        Kept,
    ),
}

/// Server-owned members a record carries (an export's records do), kept instead of what a create
/// would set.
#[derive(Debug, Default)]
struct Kept {
    /// An authority's `retired` status (an administrator's export carries retired records).
    retired: bool,
    version: Option<i64>,
    created_at: Option<DateTime<Utc>>,
    updated_at: Option<DateTime<Utc>>,
    last_confirmed_at: Option<Option<DateTime<Utc>>>,
    last_confirmed_by: Option<Option<String>>,
}

impl Kept {
    fn read(record: &serde_json::Value) -> Result<Kept, String> {
        let time = |name: &str| -> Result<Option<Option<DateTime<Utc>>>, String> {
            match record.get(name) {
                None => Ok(None),
                Some(serde_json::Value::Null) => Ok(Some(None)),
                Some(value) => value
                    .as_str()
                    .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                    .map(|t| Some(Some(t.with_timezone(&Utc))))
                    .ok_or_else(|| format!("{name}: an RFC 3339 time")),
            }
        };
        let version = match record.get("version") {
            None | Some(serde_json::Value::Null) => None,
            Some(v) => Some(
                v.as_i64()
                    .filter(|v| *v >= 1)
                    .ok_or_else(|| "version: a whole number from 1".to_owned())?,
            ),
        };
        let last_confirmed_by = match record.get("last_confirmed_by") {
            None => None,
            Some(serde_json::Value::Null) => Some(None),
            Some(v) => Some(Some(
                v.as_str()
                    .ok_or_else(|| "last_confirmed_by: a name".to_owned())?
                    .to_owned(),
            )),
        };
        Ok(Kept {
            retired: record.get("status").and_then(|s| s.as_str()) == Some("retired"),
            version,
            created_at: time("created_at")?.flatten(),
            updated_at: time("updated_at")?.flatten(),
            last_confirmed_at: time("last_confirmed_at")?,
            last_confirmed_by,
        })
    }

    fn times(
        &self,
        version: &mut i64,
        created_at: &mut DateTime<Utc>,
        updated_at: &mut DateTime<Utc>,
    ) {
        if let Some(v) = self.version {
            *version = v;
        }
        if let Some(t) = self.created_at {
            *created_at = t;
        }
        if let Some(t) = self.updated_at {
            *updated_at = t;
        }
    }
}

impl Parsed {
    fn id(&self) -> Uuid {
        match self {
            Parsed::Authority(id, ..)
            | Parsed::Law(id, ..)
            | Parsed::Case(id, ..)
            | Parsed::Treaty(id, ..) => *id,
        }
    }

    /// The records this one names and that must be written before it is checked: an authority's
    /// parent, the authorities a treaty participation's declarations name.
    fn needs(&self) -> Vec<Uuid> {
        match self {
            Parsed::Authority(_, drafted, ..) => drafted.draft.parent_id.into_iter().collect(),
            Parsed::Treaty(_, drafted, ..) => drafted
                .draft
                .0
                .declarations
                .notified()
                .iter()
                .filter_map(|(_, n)| n.and_then(|n| n.authority_id))
                .collect(),
            Parsed::Law(..) | Parsed::Case(..) => Vec::new(),
        }
    }

    fn table(&self) -> &'static str {
        match self {
            Parsed::Authority(..) => RecordKind::Authority,
            Parsed::Law(..) => RecordKind::Legislation,
            Parsed::Case(..) => RecordKind::Case,
            Parsed::Treaty(..) => RecordKind::Treaty,
        }
        .table()
    }
}

/// Parses one line; `None` for a line to skip (blank, or another type).
fn parse(text: &str) -> Result<Option<Parsed>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let line: Line = serde_json::from_str(text).map_err(|e| format!("not a JSON record: {e}"))?;
    let Some(entity) = RecordKind::parse(&line.kind) else {
        return Ok(None);
    };
    let id = line
        .record
        .get("id")
        .and_then(|v| v.as_str())
        .map(Uuid::parse_str)
        .transpose()
        .map_err(|_| "id: must be a UUID".to_owned())?
        .unwrap_or_else(Uuid::new_v4);
    let kept = Kept::read(&line.record)?;
    // Every problem of the record is reported when it is checked, with those only the database
    // can find, exactly as for a POST.
    let summary = |e: crate::error::ApiError| e.summary();
    let parsed = match entity {
        RecordKind::Authority => Parsed::Authority(
            id,
            AuthorityInput::read(line.record).map_err(summary)?,
            kept,
        ),
        RecordKind::Legislation => {
            Parsed::Law(id, LawInput::read(line.record).map_err(summary)?, kept)
        }
        RecordKind::Case => Parsed::Case(id, CaseInput::read(line.record).map_err(summary)?, kept),
        RecordKind::Treaty => {
            Parsed::Treaty(id, TreatyInput::read(line.record).map_err(summary)?, kept)
        }
    };
    Ok(Some(parsed))
}

/// What a record needs written before it can be checked, or must not share a statement with: ids
/// (a parent authority, the same record twice), provision ids and case references (unique).
#[derive(Default)]
struct Keys {
    ids: HashSet<Uuid>,
    provisions: HashSet<Uuid>,
    references: HashSet<String>,
    /// The (State, instrument) of each treaty participation.
    treaties: HashSet<(CountryCode, Instrument)>,
}

impl Keys {
    /// Whether `parsed` refers to or collides with a record of this batch.
    fn touches(&self, parsed: &Parsed) -> bool {
        if self.ids.contains(&parsed.id()) {
            return true;
        }
        match parsed {
            Parsed::Authority(_, drafted, ..) => drafted
                .draft
                .parent_id
                .is_some_and(|p| self.ids.contains(&p)),
            Parsed::Law(_, drafted, ..) => drafted
                .draft
                .provisions
                .iter()
                .any(|(id, _)| id.is_some_and(|id| self.provisions.contains(&id))),
            Parsed::Case(_, drafted, ..) => {
                let case = &drafted.draft.0;
                self.references.contains(&case.reference)
                    || case.charges.iter().any(|c| {
                        c.provision_id
                            .is_some_and(|id| self.provisions.contains(&id))
                    })
            }
            Parsed::Treaty(_, drafted, ..) => {
                let (treaty, country) = &drafted.draft;
                country
                    .as_ref()
                    .is_some_and(|c| self.treaties.contains(&(c.clone(), treaty.instrument)))
                    || treaty.declarations.notified().iter().any(|(_, n)| {
                        n.and_then(|n| n.authority_id)
                            .is_some_and(|id| self.ids.contains(&id))
                    })
            }
        }
    }

    fn add(&mut self, parsed: &Parsed) {
        self.ids.insert(parsed.id());
        match parsed {
            Parsed::Authority(..) => {}
            Parsed::Law(_, drafted, ..) => self
                .provisions
                .extend(drafted.draft.provisions.iter().filter_map(|(id, _)| *id)),
            Parsed::Case(_, drafted, ..) => {
                self.references.insert(drafted.draft.0.reference.clone());
            }
            Parsed::Treaty(_, drafted, ..) => {
                let (treaty, country) = &drafted.draft;
                if let Some(country) = country {
                    self.treaties.insert((country.clone(), treaty.instrument));
                }
            }
        }
    }
}

/// Checks one batch record by record, exactly as the API does, then writes it in one transaction
/// with a few statements for all its records. Returns how many were created and skipped.
async fn write(
    pool: &Pool,
    ctx: &WriteContext,
    batch: Vec<(usize, Parsed)>,
) -> anyhow::Result<ImportReport> {
    let mut conn = pool.get().await?;
    let conn: &mut Conn = &mut conn;
    conn.transaction::<_, anyhow::Error, _>(|conn| {
        async move {
            let mut existing = HashSet::new();
            for table in RecordKind::ALL.map(RecordKind::table) {
                let ids: Vec<Uuid> = batch
                    .iter()
                    .filter(|(_, p)| p.table() == table)
                    .map(|(_, p)| p.id())
                    .collect();
                if ids.is_empty() {
                    continue;
                }
                let rows: Vec<IdRow> =
                    diesel::sql_query(format!("SELECT id FROM {table} WHERE id = ANY($1)"))
                        .bind::<diesel::sql_types::Array<diesel::sql_types::Uuid>, _>(&ids)
                        .load(conn)
                        .await?;
                existing.extend(rows.into_iter().map(|r| r.id));
            }
            let mut report = ImportReport::default();
            let mut authorities: Vec<Authority> = Vec::new();
            let mut laws: Vec<Law> = Vec::new();
            let mut cases: Vec<Case> = Vec::new();
            let mut treaties: Vec<TreatyParticipation> = Vec::new();
            let lines = batch.iter().map(|(line, _)| *line);
            let (first, last) = (lines.clone().min().unwrap_or(0), lines.max().unwrap_or(0));
            for (line, parsed) in batch {
                if existing.contains(&parsed.id()) {
                    report.skipped += 1;
                    continue;
                }
                let checked = match parsed {
                    Parsed::Authority(id, drafted, kept) => {
                        directory::prepare_create::<Authority>(conn, ctx, id, drafted)
                            .await
                            .map(|mut a| {
                                kept.times(&mut a.version, &mut a.created_at, &mut a.updated_at);
                                if let Some(at) = kept.last_confirmed_at {
                                    // Never confirmed: nobody confirmed it. Confirmed by someone
                                    // the file does not name (a public export): the import.
                                    a.last_confirmed_by = match (at, kept.last_confirmed_by) {
                                        (None, _) => None,
                                        (Some(_), Some(Some(by))) => Some(by),
                                        (Some(_), _) => a.last_confirmed_by.take(),
                                    };
                                    a.last_confirmed_at = at;
                                }
                                if kept.retired {
                                    a.status = crate::domain::AuthorityStatus::Retired;
                                }
                                authorities.push(a)
                            })
                    }
                    Parsed::Law(id, drafted, kept) => {
                        directory::prepare_create::<Law>(conn, ctx, id, drafted)
                            .await
                            .map(|mut l| {
                                kept.times(&mut l.version, &mut l.created_at, &mut l.updated_at);
                                laws.push(l)
                            })
                    }
                    Parsed::Case(id, drafted, kept) => {
                        directory::prepare_create::<Case>(conn, ctx, id, drafted)
                            .await
                            .map(|mut c| {
                                kept.times(&mut c.version, &mut c.created_at, &mut c.updated_at);
                                cases.push(c)
                            })
                    }
                    Parsed::Treaty(id, drafted, kept) => {
                        directory::prepare_create::<TreatyParticipation>(conn, ctx, id, drafted)
                            .await
                            .map(|mut t| {
                                kept.times(&mut t.version, &mut t.created_at, &mut t.updated_at);
                                treaties.push(t)
                            })
                    }
                };
                checked.map_err(|e| anyhow::anyhow!("line {line}: {}", e.summary()))?;
            }
            let failed = |e: crate::error::ApiError| {
                anyhow::anyhow!("lines {first}-{last}: {}", e.summary())
            };
            directory::create_many(conn, ctx, &authorities)
                .await
                .map_err(failed)?;
            directory::create_many(conn, ctx, &laws)
                .await
                .map_err(failed)?;
            directory::create_many(conn, ctx, &cases)
                .await
                .map_err(failed)?;
            directory::create_many(conn, ctx, &treaties)
                .await
                .map_err(failed)?;
            report.created = (authorities.len() + laws.len() + cases.len() + treaties.len()) as u64;
            Ok(report)
        }
        .scope_boxed()
    })
    .await
}

/// A batch being written, with what its records are.
struct InFlight {
    task: tokio::task::JoinHandle<anyhow::Result<ImportReport>>,
    keys: Keys,
    size: u64,
}

/// Reads `input` to its end and writes its records. A line that does not parse or validate stops
/// the import with its line number; the batches written before it stay (run again to resume).
/// `progress` is told how many records each batch held.
///
/// Up to [`CONCURRENCY`] batches are written at a time while the next ones are read. A record that
/// refers to or collides with one still being written (its parent, the same id, a provision id or a
/// case reference) waits until those are written, so that it is checked against them as a write
/// through the API would be.
pub async fn import(
    pool: &Pool,
    input: impl BufRead,
    progress: impl FnMut(u64),
) -> anyhow::Result<ImportReport> {
    import_as(pool, "import", input, progress).await
}

/// [`import`], the history naming `actor` as the writer (`seed` for the demo directory).
pub async fn import_as(
    pool: &Pool,
    actor: &str,
    input: impl BufRead,
    mut progress: impl FnMut(u64),
) -> anyhow::Result<ImportReport> {
    let ctx = Arc::new(WriteContext {
        actor: Actor {
            id: None,
            name: actor.into(),
        },
        scope: WriteScope::All,
        request_id: None,
        clock: crate::clock::Clock::default(),
        via: None,
        // Reference data does not change during an import: loaded once, not per record.
        reference: Some(Arc::new(
            directory::ReferenceCodes::load(&mut *pool.get().await?)
                .await
                .map_err(|e| anyhow::anyhow!("{}", e.summary()))?,
        )),
    });
    let mut pipeline = Pipeline {
        pool,
        ctx,
        report: ImportReport::default(),
        in_flight: VecDeque::new(),
        batch: Vec::new(),
        keys: Keys::default(),
    };
    // Every record read so far, and the records that name one that has not come yet (an authority
    // its parent, a treaty participation an authority), or one that waits itself: those wait until
    // the end of the file (an export lists records by id, so a parent may come after its
    // children), what they name first.
    let mut seen: HashSet<Uuid> = HashSet::new();
    let mut held: HashSet<Uuid> = HashSet::new();
    let mut waiting: Vec<(usize, Parsed)> = Vec::new();
    for (n, line) in input.lines().enumerate() {
        let number = n + 1;
        let text = line.map_err(|e| anyhow::anyhow!("line {number}: {e}"))?;
        let Some(parsed) = parse(&text).map_err(|e| anyhow::anyhow!("line {number}: {e}"))? else {
            continue;
        };
        seen.insert(parsed.id());
        if parsed
            .needs()
            .iter()
            .any(|id| !seen.contains(id) || held.contains(id))
        {
            held.insert(parsed.id());
            waiting.push((number, parsed));
            continue;
        }
        pipeline.push(number, parsed, &mut progress).await?;
    }
    // What is named before what names it; a record in none of the file's lines must already
    // exist (checked as the record is written).
    while !waiting.is_empty() {
        let pending: HashSet<Uuid> = waiting.iter().map(|(_, p)| p.id()).collect();
        let (ready, later): (Vec<_>, Vec<_>) = waiting
            .into_iter()
            .partition(|(_, p)| p.needs().iter().all(|id| !pending.contains(id)));
        if ready.is_empty() {
            let (line, _) = &later[0];
            anyhow::bail!("line {line}: parent_id: the authorities of the file form a cycle");
        }
        for (number, parsed) in ready {
            pipeline.push(number, parsed, &mut progress).await?;
        }
        waiting = later;
    }
    let report = pipeline.finish(&mut progress).await?;
    // The planner's statistics still describe the tables before the load (autovacuum catches up
    // only later), and with them it would read the change log by sorting it whole for each page
    // of the feed: gather them now.
    diesel::sql_query("ANALYZE")
        .execute(&mut *pool.get().await?)
        .await?;
    Ok(report)
}

/// Batches being read and written.
struct Pipeline<'a> {
    pool: &'a Pool,
    ctx: Arc<WriteContext>,
    report: ImportReport,
    in_flight: VecDeque<InFlight>,
    batch: Vec<(usize, Parsed)>,
    keys: Keys,
}

impl Pipeline<'_> {
    /// Adds a record to the current batch, first waiting for what it depends on to be written.
    async fn push(
        &mut self,
        number: usize,
        parsed: Parsed,
        progress: &mut impl FnMut(u64),
    ) -> anyhow::Result<()> {
        if self.keys.touches(&parsed) || self.in_flight.iter().any(|f| f.keys.touches(&parsed)) {
            self.start();
            self.drain(progress).await?;
        }
        self.keys.add(&parsed);
        self.batch.push((number, parsed));
        if self.batch.len() == BATCH {
            self.start();
            if self.in_flight.len() > CONCURRENCY {
                if let Some(done) = self.in_flight.pop_front() {
                    self.finish_one(done, progress).await?;
                }
            }
        }
        Ok(())
    }

    /// Starts writing the current batch, if it holds anything.
    fn start(&mut self) {
        if self.batch.is_empty() {
            return;
        }
        let batch = std::mem::take(&mut self.batch);
        let (pool, ctx) = (self.pool.clone(), Arc::clone(&self.ctx));
        self.in_flight.push_back(InFlight {
            size: batch.len() as u64,
            task: tokio::spawn(async move { write(&pool, &ctx, batch).await }),
            keys: std::mem::take(&mut self.keys),
        });
    }

    async fn finish_one(
        &mut self,
        done: InFlight,
        progress: &mut impl FnMut(u64),
    ) -> anyhow::Result<()> {
        let written = done.task.await??;
        self.report.created += written.created;
        self.report.skipped += written.skipped;
        progress(done.size);
        Ok(())
    }

    async fn drain(&mut self, progress: &mut impl FnMut(u64)) -> anyhow::Result<()> {
        while let Some(done) = self.in_flight.pop_front() {
            self.finish_one(done, progress).await?;
        }
        Ok(())
    }

    async fn finish(mut self, progress: &mut impl FnMut(u64)) -> anyhow::Result<ImportReport> {
        self.start();
        self.drain(progress).await?;
        Ok(self.report)
    }
}
