//! `cna import FILE.ndjson`: every record is parsed and validated exactly as a POST body is, and
//! created through the same write functions, each with its version, change-log row and audit entry.
//! Records are written in batches, one transaction per batch, several batches at a time. A record
//! whose id already exists is skipped, so an interrupted import can simply be run again.

use std::io::BufRead;

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

/// Writes one batch in one transaction; returns how many records were created and skipped.
async fn write(
    pool: &Pool,
    ctx: &WriteContext,
    batch: Vec<(usize, Parsed)>,
) -> anyhow::Result<ImportReport> {
    let mut conn = pool.get().await?;
    let conn: &mut Conn = &mut conn;
    conn.transaction::<_, anyhow::Error, _>(|conn| {
        async move {
            let mut existing = std::collections::HashSet::new();
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
            for (line, parsed) in batch {
                if existing.contains(&parsed.id()) {
                    report.skipped += 1;
                    continue;
                }
                let result = match parsed {
                    Parsed::Authority(id, draft, country) => {
                        directory::create(conn, ctx, id, draft, country)
                            .await
                            .map(|_| ())
                    }
                    Parsed::Law(id, draft, country) => {
                        directory::legislation::create(conn, ctx, id, draft, country)
                            .await
                            .map(|_| ())
                    }
                    Parsed::Case(id, case, country) => {
                        directory::cases::create(conn, ctx, id, case, country)
                            .await
                            .map(|_| ())
                    }
                };
                result.map_err(|e| anyhow::anyhow!("line {line}: {}", e.summary()))?;
                report.created += 1;
            }
            Ok(report)
        }
        .scope_boxed()
    })
    .await
}

/// Reads `input` to its end and writes its records. A line that does not parse or validate stops
/// the import with its line number; the batches written before it stay (run again to resume).
/// `progress` is told how many records each batch held.
pub async fn import(
    pool: &Pool,
    input: impl BufRead,
    mut progress: impl FnMut(u64),
) -> anyhow::Result<ImportReport> {
    let ctx = WriteContext {
        actor: Actor {
            id: None,
            name: "import".into(),
        },
        scope: WriteScope::All,
        request_id: None,
        // Reference data does not change during an import: loaded once, not per record.
        reference: Some(std::sync::Arc::new(
            directory::ReferenceCodes::load(&mut *pool.get().await?)
                .await
                .map_err(|e| anyhow::anyhow!("{}", e.summary()))?,
        )),
    };
    let mut report = ImportReport::default();
    let mut lines = input.lines().enumerate();
    loop {
        // Read enough for every concurrent batch, then write them together.
        let mut batches: Vec<Vec<(usize, Parsed)>> = Vec::new();
        let mut current = Vec::new();
        for (n, line) in lines.by_ref() {
            let number = n + 1;
            let text = line.map_err(|e| anyhow::anyhow!("line {number}: {e}"))?;
            if let Some(parsed) = parse(&text).map_err(|e| anyhow::anyhow!("line {number}: {e}"))? {
                current.push((number, parsed));
            }
            if current.len() == BATCH {
                batches.push(std::mem::take(&mut current));
                if batches.len() == CONCURRENCY {
                    break;
                }
            }
        }
        if !current.is_empty() {
            batches.push(current);
        }
        if batches.is_empty() {
            return Ok(report);
        }
        let sizes: Vec<u64> = batches.iter().map(|b| b.len() as u64).collect();
        let results = futures_util::future::join_all(
            batches.into_iter().map(|batch| write(pool, &ctx, batch)),
        )
        .await;
        for (result, size) in results.into_iter().zip(sizes) {
            let done = result?;
            report.created += done.created;
            report.skipped += done.skipped;
            progress(size);
        }
    }
}
