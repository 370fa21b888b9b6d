//! International instruments (conventions, protocols, resolutions) and their articles.

use std::collections::HashMap;

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use crate::db::{
    schema::{instrument_articles, instruments},
    Conn,
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = instruments, treat_none_as_null = true)]
pub struct Instrument {
    pub code: String,
    pub kind: String,
    pub short_title: String,
    pub title: String,
    pub adopted_on: NaiveDate,
    pub url: Option<String>,
    pub ordinal: i32,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = instrument_articles)]
pub struct Article {
    pub id: String,
    pub instrument_code: String,
    pub number: String,
    pub title: String,
    pub ordinal: i32,
}

/// Every instrument in its defined order, each with its articles in order.
pub async fn list(conn: &mut Conn) -> QueryResult<Vec<(Instrument, Vec<Article>)>> {
    let all: Vec<Instrument> = instruments::table
        .select(Instrument::as_select())
        .order(instruments::ordinal)
        .load(conn)
        .await?;
    let articles: Vec<Article> = instrument_articles::table
        .select(Article::as_select())
        .order((
            instrument_articles::instrument_code,
            instrument_articles::ordinal,
        ))
        .load(conn)
        .await?;
    let mut by_code: HashMap<String, Vec<Article>> = HashMap::new();
    for article in articles {
        by_code
            .entry(article.instrument_code.clone())
            .or_default()
            .push(article);
    }
    Ok(all
        .into_iter()
        .map(|i| {
            let articles = by_code.remove(&i.code).unwrap_or_default();
            (i, articles)
        })
        .collect())
}

/// Inserts or updates an instrument and its articles (articles are never deleted: other records
/// may cite them).
pub async fn upsert(conn: &mut Conn, row: &Instrument, articles: &[Article]) -> QueryResult<()> {
    diesel::insert_into(instruments::table)
        .values(row)
        .on_conflict(instruments::code)
        .do_update()
        .set(row)
        .execute(conn)
        .await?;
    for article in articles {
        diesel::insert_into(instrument_articles::table)
            .values(article)
            .on_conflict(instrument_articles::id)
            .do_update()
            .set(article)
            .execute(conn)
            .await?;
    }
    Ok(())
}
