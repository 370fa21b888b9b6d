//! The single indexer: applies the change log to the index, in commit order, from the position the
//! index recorded. Every record changed is read again from Postgres (the source of truth) and its
//! documents replaced; a record that is gone (or retired) leaves the index.

use crate::domain::RecordKind;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::document::{self, CountryInfo, Reference, SearchDoc};
use super::index::SearchIndex;
use crate::changes::{read_after, Change, Position};
use crate::db::models::IdRow;
use crate::db::{models, Conn, Pool};
use crate::domain::AuthorityStatus;

/// Changes applied per index commit.
const BATCH: i64 = 1000;

fn labels(value: serde_json::Value) -> anyhow::Result<Vec<(String, String)>> {
    let labels: std::collections::BTreeMap<String, String> = serde_json::from_value(value)?;
    Ok(labels.into_iter().collect())
}

/// Countries and the labels of competences, crime types and cross-cutting issues.
pub async fn reference(conn: &mut Conn) -> anyhow::Result<Reference> {
    let mut reference = Reference::default();
    for (competence, _) in models::competence::list(conn).await? {
        reference
            .labels
            .insert(("competence", competence.code), labels(competence.labels)?);
    }
    for (facet, taxonomy) in [
        ("crime_type", models::taxonomy::Taxonomy::CrimeTypes),
        (
            "cross_cutting",
            models::taxonomy::Taxonomy::CrossCuttingIssues,
        ),
    ] {
        for term in models::taxonomy::list(conn, taxonomy).await? {
            reference
                .labels
                .insert((facet, term.code), labels(term.labels)?);
        }
    }
    let countries = &mut reference.countries;
    let mut after: Option<String> = None;
    loop {
        let page = models::country::list(conn, None, after.as_deref(), 500).await?;
        let Some(last) = page.last() else { break };
        after = Some(last.iso3.clone());
        for c in page {
            let names = labels(c.names)?;
            let regions = [c.region, c.subregion, c.intermediate_region]
                .into_iter()
                .flatten()
                .collect();
            countries.insert(c.iso3, CountryInfo { names, regions });
        }
    }
    Ok(reference)
}

/// The documents of the records `ids` of `kind` as they are now, by record key. A record that no
/// longer exists, or a retired authority, has none (and is absent from the map).
async fn current(
    conn: &mut Conn,
    kind: &str,
    ids: &[Uuid],
    reference: &Reference,
) -> anyhow::Result<HashMap<String, Vec<SearchDoc>>> {
    let mut current = HashMap::new();
    if ids.is_empty() {
        return Ok(current);
    }
    match kind {
        "authority" => {
            for a in models::authority::find_many(conn, ids).await? {
                if a.status == AuthorityStatus::Active {
                    current.insert(
                        document::record_key(kind, &a.id),
                        vec![document::authority(&a, reference)],
                    );
                }
            }
        }
        "legislation" => {
            for l in models::law::find_many(conn, ids).await? {
                current.insert(
                    document::record_key(kind, &l.id),
                    document::law(&l, reference),
                );
            }
        }
        "case" => {
            for c in models::case::find_many(conn, ids).await? {
                current.insert(
                    document::record_key(kind, &c.id),
                    vec![document::case(&c, reference)],
                );
            }
        }
        other => anyhow::bail!("unknown entity {other:?} in the change log"),
    }
    Ok(current)
}

/// The documents each changed record has now: none when it no longer exists or is retired. Records
/// are loaded in one query per kind.
async fn documents(
    conn: &mut Conn,
    changes: &[Change],
    reference: &Reference,
) -> anyhow::Result<Vec<(String, Vec<SearchDoc>)>> {
    let mut all: HashMap<String, Vec<SearchDoc>> = HashMap::new();
    for kind in RecordKind::SEARCHED.map(RecordKind::as_str) {
        let mut ids: Vec<Uuid> = changes
            .iter()
            .filter(|c| c.entity == kind)
            .map(|c| c.entity_id)
            .collect();
        ids.sort();
        ids.dedup();
        all.extend(current(conn, kind, &ids, reference).await?);
    }
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for change in changes {
        match RecordKind::parse(&change.entity) {
            None => anyhow::bail!("unknown entity {:?} in the change log", change.entity),
            Some(kind) if !RecordKind::SEARCHED.contains(&kind) => continue,
            Some(_) => {}
        }
        let key = document::record_key(&change.entity, &change.entity_id);
        if seen.insert(key.clone()) {
            let docs = all.remove(&key).unwrap_or_default();
            out.push((key, docs));
        }
    }
    Ok(out)
}

/// How many records a rebuild reads: every authority, law and case.
pub async fn record_count(conn: &mut Conn) -> anyhow::Result<u64> {
    #[derive(diesel::QueryableByName)]
    struct CountRow {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let row: CountRow = diesel::sql_query(
        "SELECT (SELECT count(*) FROM authorities) + (SELECT count(*) FROM laws)
              + (SELECT count(*) FROM cases) AS n",
    )
    .get_result(conn)
    .await?;
    Ok(u64::try_from(row.n).unwrap_or_default())
}

/// Rebuilds the index from the records themselves rather than from the change log: empties it, reads
/// every record in batches of `BATCH`, and commits at the log position read before the first record,
/// so that the changes after it (which may already be in what was read) are applied again, harmlessly,
/// by the next catch-up. `progress` is told how many records each batch held.
pub async fn rebuild(
    conn: &mut Conn,
    index: &Arc<SearchIndex>,
    mut progress: impl FnMut(u64),
) -> anyhow::Result<Position> {
    let position = crate::changes::head(conn).await?;
    let reference = reference(conn).await?;
    index.clear()?;
    for entity in RecordKind::SEARCHED {
        let (kind, table) = (entity.as_str(), entity.table());
        let mut after = Uuid::nil();
        loop {
            let ids: Vec<Uuid> = diesel::sql_query(format!(
                "SELECT id FROM {table} WHERE id > $1 ORDER BY id LIMIT $2"
            ))
            .bind::<diesel::sql_types::Uuid, _>(after)
            .bind::<diesel::sql_types::BigInt, _>(BATCH)
            .load::<IdRow>(conn)
            .await?
            .into_iter()
            .map(|r| r.id)
            .collect();
            let Some(last) = ids.last() else { break };
            after = *last;
            let docs: Vec<SearchDoc> = current(conn, kind, &ids, &reference)
                .await?
                .into_values()
                .flatten()
                .collect();
            let writer = Arc::clone(index);
            tokio::task::spawn_blocking(move || writer.add(&docs)).await??;
            progress(ids.len() as u64);
        }
    }
    let writer = Arc::clone(index);
    tokio::task::spawn_blocking(move || writer.commit(position)).await??;
    Ok(position)
}

/// Applies every readable change after the index's position; returns the new position. Records are
/// read on the async side; the index is written and committed on the blocking pool.
pub async fn catch_up(conn: &mut Conn, index: &Arc<SearchIndex>) -> anyhow::Result<Position> {
    let mut position = index.position();
    if position == Position::default() && crate::changes::head(conn).await? != position {
        // An empty index: reading the records is faster than replaying their whole history.
        position = rebuild(conn, index, |_| {}).await?;
    } else if position < crate::changes::horizon(conn).await? {
        // The log was pruned past this index's position: what it missed is no longer there.
        position = rebuild(conn, index, |_| {}).await?;
    }
    // Loaded when there is something to apply: most calls find the log where the index left it.
    let mut loaded: Option<Reference> = None;
    loop {
        let changes = read_after(conn, position, BATCH).await?;
        let Some(last) = changes.last() else {
            return Ok(position);
        };
        let last = last.position;
        let reference = match loaded.take() {
            Some(reference) => reference,
            None => reference(conn).await?,
        };
        let batch = documents(conn, &changes, &reference).await?;
        loaded = Some(reference);
        let writer = Arc::clone(index);
        tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
            for (record, docs) in &batch {
                writer.replace(record, docs)?;
            }
            writer.commit(last)
        })
        .await??;
        position = last;
    }
}

/// How often the log is read when no notification arrives (a lost connection, a missed NOTIFY).
const POLL: Duration = Duration::from_millis(500);

/// Keeps `index` current for as long as the process runs: catches up, then waits for `changed`
/// (raised at each `NOTIFY`) or the poll interval, and catches up again. `ready` turns true after
/// the first complete catch-up. Errors are logged and retried; they never stop the server.
pub fn spawn(
    index: Arc<SearchIndex>,
    pool: Pool,
    ready: Arc<AtomicBool>,
    changed: crate::changes::Signal,
) {
    tokio::spawn(async move {
        let mut changed = changed.subscribe();
        loop {
            if let Err(e) = follow(&index, &pool, &ready, &mut changed).await {
                tracing::warn!(
                    error = format!("{e:#}"),
                    "search indexer interrupted; retrying"
                );
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    });
}

async fn follow(
    index: &Arc<SearchIndex>,
    pool: &Pool,
    ready: &AtomicBool,
    changed: &mut crate::changes::Waiter,
) -> anyhow::Result<()> {
    loop {
        {
            let mut conn = pool.get().await?;
            catch_up(&mut conn, index).await?;
        }
        ready.store(true, Ordering::Release);
        changed.wait(POLL).await;
    }
}
