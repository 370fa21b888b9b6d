//! The single indexer: applies the change log to the index, in commit order, from the position the
//! index recorded. Every record changed is read again from Postgres (the source of truth) and its
//! documents replaced; a record that is gone (or retired) leaves the index.

use std::collections::HashMap;

use uuid::Uuid;

use super::document::{self, CountryNames, SearchDoc};
use super::index::SearchIndex;
use crate::changes::{read_after, Position};
use crate::db::{models, Conn};
use crate::domain::AuthorityStatus;

/// Changes applied per index commit.
const BATCH: i64 = 1000;

async fn country_names(conn: &mut Conn) -> anyhow::Result<CountryNames> {
    let mut names = HashMap::new();
    let mut after: Option<String> = None;
    loop {
        let page = models::country::list(conn, None, after.as_deref(), 500).await?;
        let Some(last) = page.last() else { break };
        after = Some(last.iso3.clone());
        for c in page {
            let map: HashMap<String, String> = serde_json::from_value(c.names)?;
            names.insert(c.iso3, map.into_iter().collect());
        }
    }
    Ok(names)
}

/// The documents a record has now: none when it no longer exists or is retired.
async fn documents(
    conn: &mut Conn,
    entity: &str,
    id: Uuid,
    countries: &CountryNames,
) -> anyhow::Result<Vec<SearchDoc>> {
    Ok(match entity {
        "authority" => models::authority::find(conn, id)
            .await?
            .filter(|a| a.status == AuthorityStatus::Active)
            .map(|a| vec![document::authority(&a, countries)])
            .unwrap_or_default(),
        "legislation" => models::law::find(conn, id)
            .await?
            .map(|l| document::law(&l, countries))
            .unwrap_or_default(),
        "case" => models::case::find(conn, id)
            .await?
            .map(|c| vec![document::case(&c, countries)])
            .unwrap_or_default(),
        other => anyhow::bail!("unknown entity {other:?} in the change log"),
    })
}

/// Applies every readable change after the index's position; returns the new position.
pub async fn catch_up(conn: &mut Conn, index: &SearchIndex) -> anyhow::Result<Position> {
    let countries = country_names(conn).await?;
    let mut position = index.position();
    loop {
        let changes = read_after(conn, position, BATCH).await?;
        let Some(last) = changes.last() else {
            return Ok(position);
        };
        let last = last.position;
        for change in &changes {
            let docs = documents(conn, &change.entity, change.entity_id, &countries).await?;
            index.replace(
                &document::record_key(&change.entity, &change.entity_id),
                &docs,
            )?;
        }
        index.commit(last)?;
        position = last;
    }
}
