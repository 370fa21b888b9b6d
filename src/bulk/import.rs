//! `cna import FILE.ndjson`: every record is parsed and validated exactly as a POST body is, and
//! created through the same write functions, each with its version, change-log row and audit entry.
//! Records are checked one by one, then written in batches, one transaction and a few multi-row
//! statements per batch, several batches at a time. A record whose id already exists is skipped, so
//! an interrupted import can simply be run again.

use std::collections::{HashSet, VecDeque};
use std::io::BufRead;
use std::sync::Arc;

use diesel_async::scoped_futures::ScopedFutureExt;
use diesel_async::{AsyncConnection, RunQueryDsl};
use serde::Deserialize;
use uuid::Uuid;

use crate::api::{
    authorities::input::AuthorityInput, cases::input::CaseInput, legislation::input::LawInput,
};
use crate::auth::WriteScope;
use crate::db::models::{change::Entity, version::Actor, IdRow};
use crate::db::{Conn, Pool};
use crate::directory::{self, legislation::LawDraft, WriteContext};
use crate::domain::{case::Case, CountryCode};

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

/// A parsed, validated record.
enum Parsed {
    Authority(Uuid, directory::Draft, CountryCode),
    Law(Uuid, LawDraft, CountryCode),
    Case(Uuid, Case, CountryCode),
}

impl Parsed {
    fn id(&self) -> Uuid {
        match self {
            Parsed::Authority(id, ..) | Parsed::Law(id, ..) | Parsed::Case(id, ..) => *id,
        }
    }

    fn table(&self) -> &'static str {
        match self {
            Parsed::Authority(..) => Entity::Authority,
            Parsed::Law(..) => Entity::Legislation,
            Parsed::Case(..) => Entity::Case,
        }
        .table()
    }
}

fn country(named: Option<CountryCode>) -> Result<CountryCode, String> {
    named.ok_or_else(|| "country: name the State the record belongs to".to_owned())
}

/// Parses one line; `None` for a line to skip (blank, or another type).
fn parse(text: &str) -> Result<Option<Parsed>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let line: Line = serde_json::from_str(text).map_err(|e| format!("not a JSON record: {e}"))?;
    let Some(entity) = Entity::parse(&line.kind) else {
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
    let parsed = match entity {
        Entity::Authority => {
            let draft = AuthorityInput::from_json(line.record)
                .and_then(AuthorityInput::parse)
                .map_err(|e| e.summary())?;
            let country = country(draft.country.clone())?;
            Parsed::Authority(id, draft, country)
        }
        Entity::Legislation => {
            let draft = LawInput::from_json(line.record)
                .and_then(LawInput::parse)
                .map_err(|e| e.summary())?;
            let country = country(draft.country.clone())?;
            Parsed::Law(id, draft, country)
        }
        Entity::Case => {
            let (case, named) = CaseInput::from_json(line.record)
                .and_then(CaseInput::parse)
                .map_err(|e| e.summary())?;
            Parsed::Case(id, case, country(named)?)
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
}

impl Keys {
    /// Whether `parsed` refers to or collides with a record of this batch.
    fn touches(&self, parsed: &Parsed) -> bool {
        if self.ids.contains(&parsed.id()) {
            return true;
        }
        match parsed {
            Parsed::Authority(_, draft, _) => {
                draft.parent_id.is_some_and(|p| self.ids.contains(&p))
            }
            Parsed::Law(_, draft, _) => draft
                .provisions
                .iter()
                .any(|(id, _)| id.is_some_and(|id| self.provisions.contains(&id))),
            Parsed::Case(_, case, _) => {
                self.references.contains(&case.reference)
                    || case.charges.iter().any(|c| {
                        c.provision_id
                            .is_some_and(|id| self.provisions.contains(&id))
                    })
            }
        }
    }

    fn add(&mut self, parsed: &Parsed) {
        self.ids.insert(parsed.id());
        match parsed {
            Parsed::Authority(..) => {}
            Parsed::Law(_, draft, _) => self
                .provisions
                .extend(draft.provisions.iter().filter_map(|(id, _)| *id)),
            Parsed::Case(_, case, _) => {
                self.references.insert(case.reference.clone());
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
            for table in Entity::ALL.map(Entity::table) {
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
            let mut records = directory::NewRecords::default();
            let lines = batch.iter().map(|(line, _)| *line);
            let (first, last) = (lines.clone().min().unwrap_or(0), lines.max().unwrap_or(0));
            for (line, parsed) in batch {
                if existing.contains(&parsed.id()) {
                    report.skipped += 1;
                    continue;
                }
                let checked = match parsed {
                    Parsed::Authority(id, draft, country) => {
                        directory::prepare_create(conn, ctx, id, draft, country)
                            .await
                            .map(|a| records.authorities.push(a))
                    }
                    Parsed::Law(id, draft, country) => {
                        directory::legislation::prepare_create(conn, ctx, id, draft, country)
                            .await
                            .map(|l| records.laws.push(l))
                    }
                    Parsed::Case(id, case, country) => {
                        directory::cases::prepare_create(conn, ctx, id, case, country)
                            .await
                            .map(|c| records.cases.push(c))
                    }
                };
                checked.map_err(|e| anyhow::anyhow!("line {line}: {}", e.summary()))?;
            }
            records
                .create(conn, ctx)
                .await
                .map_err(|e| anyhow::anyhow!("lines {first}-{last}: {}", e.summary()))?;
            report.created = records.len() as u64;
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
    mut progress: impl FnMut(u64),
) -> anyhow::Result<ImportReport> {
    let ctx = Arc::new(WriteContext {
        actor: Actor {
            id: None,
            name: "import".into(),
        },
        scope: WriteScope::All,
        request_id: None,
        // Reference data does not change during an import: loaded once, not per record.
        reference: Some(Arc::new(
            directory::ReferenceCodes::load(&mut *pool.get().await?)
                .await
                .map_err(|e| anyhow::anyhow!("{}", e.summary()))?,
        )),
    });
    let mut report = ImportReport::default();
    let mut in_flight: VecDeque<InFlight> = VecDeque::new();
    let mut batch = Vec::new();
    let mut keys = Keys::default();

    async fn finish(
        done: InFlight,
        report: &mut ImportReport,
        progress: &mut impl FnMut(u64),
    ) -> anyhow::Result<()> {
        let written = done.task.await??;
        report.created += written.created;
        report.skipped += written.skipped;
        progress(done.size);
        Ok(())
    }
    let start = |batch: Vec<(usize, Parsed)>, keys: Keys| InFlight {
        size: batch.len() as u64,
        task: {
            let (pool, ctx) = (pool.clone(), Arc::clone(&ctx));
            tokio::spawn(async move { write(&pool, &ctx, batch).await })
        },
        keys,
    };

    for (n, line) in input.lines().enumerate() {
        let number = n + 1;
        let text = line.map_err(|e| anyhow::anyhow!("line {number}: {e}"))?;
        let Some(parsed) = parse(&text).map_err(|e| anyhow::anyhow!("line {number}: {e}"))? else {
            continue;
        };
        if keys.touches(&parsed) || in_flight.iter().any(|f| f.keys.touches(&parsed)) {
            if !batch.is_empty() {
                in_flight.push_back(start(std::mem::take(&mut batch), std::mem::take(&mut keys)));
            }
            while let Some(done) = in_flight.pop_front() {
                finish(done, &mut report, &mut progress).await?;
            }
        }
        keys.add(&parsed);
        batch.push((number, parsed));
        if batch.len() == BATCH {
            in_flight.push_back(start(std::mem::take(&mut batch), std::mem::take(&mut keys)));
            if in_flight.len() > CONCURRENCY {
                let done = in_flight.pop_front().expect("a batch in flight");
                finish(done, &mut report, &mut progress).await?;
            }
        }
    }
    if !batch.is_empty() {
        in_flight.push_back(start(batch, keys));
    }
    while let Some(done) = in_flight.pop_front() {
        finish(done, &mut report, &mut progress).await?;
    }
    Ok(report)
}
