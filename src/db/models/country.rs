//! ISO 3166-1 countries and territories with their UN M49 placement.

use diesel::pg::Pg;
use diesel::prelude::*;
use diesel::sql_types::{Bool, Nullable, Text};
use diesel_async::RunQueryDsl;

use crate::db::{schema::countries, Conn};

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = countries, treat_none_as_null = true)]
pub struct Country {
    pub iso3: String,
    pub iso2: String,
    pub m49: String,
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub intermediate_region: Option<String>,
    pub names: serde_json::Value,
    /// ISO 639-1 codes of the State's official languages (Unicode CLDR).
    pub official_languages: Vec<String>,
}

/// One page of countries ordered by alpha-3 code, optionally within an M49 area of any level.
pub async fn list(
    conn: &mut Conn,
    region: Option<&str>,
    after: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<Country>> {
    let mut query = countries::table
        .select(Country::as_select())
        .order(countries::iso3)
        .limit(limit)
        .into_boxed();
    if let Some(region) = region {
        query = query.filter(in_area(region));
    }
    if let Some(after) = after {
        query = query.filter(countries::iso3.gt(after));
    }
    query.load(conn).await
}

/// Whether a country lies in the M49 area `code`, at any of its three levels.
fn in_area(
    code: &str,
) -> Box<dyn BoxableExpression<countries::table, Pg, SqlType = Nullable<Bool>>> {
    let code = code.to_owned();
    Box::new(
        countries::region
            .eq(code.clone())
            .or(countries::subregion.eq(code.clone()))
            .or(countries::intermediate_region.eq(code)),
    )
}

/// The alpha-3 codes of the countries in an M49 area of any level, as a subquery.
pub fn in_region(code: &str) -> countries::BoxedQuery<'static, Pg, Text> {
    countries::table
        .filter(in_area(code))
        .select(countries::iso3)
        .into_boxed()
}

pub async fn find(conn: &mut Conn, iso3: &str) -> QueryResult<Option<Country>> {
    countries::table
        .find(iso3)
        .select(Country::as_select())
        .first(conn)
        .await
        .optional()
}

pub async fn upsert(conn: &mut Conn, rows: &[Country]) -> QueryResult<()> {
    for row in rows {
        diesel::insert_into(countries::table)
            .values(row)
            .on_conflict(countries::iso3)
            .do_update()
            .set(row)
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// The official languages of a State (empty when it has none recorded or does not exist).
pub async fn official_languages(conn: &mut Conn, iso3: &str) -> QueryResult<Vec<String>> {
    Ok(countries::table
        .filter(countries::iso3.eq(iso3))
        .select(countries::official_languages)
        .first(conn)
        .await
        .optional()?
        .unwrap_or_default())
}

/// Every country's names by language, by alpha-3 code.
pub async fn names(conn: &mut Conn) -> QueryResult<Vec<(String, serde_json::Value)>> {
    countries::table
        .select((countries::iso3, countries::names))
        .load(conn)
        .await
}
