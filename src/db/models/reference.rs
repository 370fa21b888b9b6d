//! Whether a code names an entry of the reference data (a country, a region, a competence, a term of
//! a taxonomy, an instrument article). Each table is named by the kind of code, never by input.

use diesel::sql_types::Text;
use diesel::QueryResult;
use diesel_async::RunQueryDsl;

use super::Found;
use crate::db::Conn;

/// A kind of reference code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    Country,
    Region,
    Competence,
    CrimeType,
    CrossCuttingIssue,
    Article,
}

impl Reference {
    /// The table and its key column.
    fn table(self) -> (&'static str, &'static str) {
        match self {
            Reference::Country => ("countries", "iso3"),
            Reference::Region => ("regions", "m49"),
            Reference::Competence => ("competence_types", "code"),
            Reference::CrimeType => ("crime_types", "code"),
            Reference::CrossCuttingIssue => ("cross_cutting_issues", "code"),
            Reference::Article => ("instrument_articles", "id"),
        }
    }

    /// What a code of this kind is called in a message.
    pub fn noun(self) -> &'static str {
        match self {
            Reference::Country => "country code",
            Reference::Region => "M49 region code",
            Reference::Competence => "competence code",
            Reference::CrimeType => "crime type",
            Reference::CrossCuttingIssue => "cross-cutting issue",
            Reference::Article => "instrument article",
        }
    }
}

/// Whether `code` is an entry of the reference data of `kind`.
pub async fn exists(conn: &mut Conn, kind: Reference, code: &str) -> QueryResult<bool> {
    let (table, key) = kind.table();
    let row: Found = diesel::sql_query(format!(
        "SELECT EXISTS (SELECT 1 FROM {table} WHERE {key} = $1) AS found"
    ))
    .bind::<Text, _>(code)
    .get_result(conn)
    .await?;
    Ok(row.found)
}
