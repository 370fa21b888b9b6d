//! Plain query functions, one file per table (or per aggregate, for authorities). Rows that cannot be
//! turned into domain types are reported as deserialization errors, never silently skipped.

/// Rows per `INSERT` statement: far below PostgreSQL's 65 535 parameters for the widest record
/// table (22 columns).
pub(crate) const ROWS_PER_INSERT: usize = 2000;

/// Inserts a list of rows into a table in as few statements as the parameter limit allows (none for
/// an empty list).
macro_rules! insert_rows {
    ($conn:expr, $table:expr, $rows:expr) => {
        for chunk in $rows.chunks($crate::db::models::ROWS_PER_INSERT) {
            diesel::insert_into($table)
                .values(chunk)
                .execute(&mut *$conn)
                .await?;
        }
    };
}

/// Narrows a boxed query of a record table (one with `country` and `id` columns) as every list of
/// records is narrowed: to one State, to the States of an M49 area of any level, and to the rows after
/// a `(country, id)` key, the order of every list.
macro_rules! narrow_by_place {
    ($query:ident, $table:ident, country: $country:expr, region: $region:expr, after: $after:expr $(,)?) => {
        if let Some(country) = $country {
            $query = $query.filter($table::country.eq(country.as_str().to_owned()));
        }
        if let Some(region) = $region {
            let in_region = $crate::db::models::country::in_region(region.as_str());
            $query = $query.filter($table::country.eq_any(in_region));
        }
        if let Some((country, id)) = $after {
            let (country, id): (&str, uuid::Uuid) = (country, id);
            $query = $query.filter(
                $table::country.gt(country.to_owned()).or($table::country
                    .eq(country.to_owned())
                    .and($table::id.gt(id))),
            );
        }
    };
}

pub mod audit;
pub mod authority;
pub mod case;
pub mod change;
pub mod competence;
pub mod confirmation_link;
pub mod country;
pub mod freshness;
pub mod idempotency;
pub mod instrument;
pub mod law;
pub mod login_throttle;
pub mod outbox;
pub mod partner;
pub mod record;
pub mod reference;
pub mod refresh_token;
pub mod region;
pub mod reminder;
pub mod subject;
pub mod taxonomy;
pub mod treaty;
pub mod user;
pub mod version;
pub mod web_session;
pub mod webhook;

/// A row of one `id` column, for raw queries that list ids.
#[derive(diesel::QueryableByName)]
pub(crate) struct IdRow {
    #[diesel(sql_type = diesel::sql_types::Uuid)]
    pub id: uuid::Uuid,
}

/// The answer of a raw `SELECT EXISTS (...) AS found`.
#[derive(diesel::QueryableByName)]
pub(crate) struct Found {
    #[diesel(sql_type = diesel::sql_types::Bool)]
    pub found: bool,
}

/// Wraps a conversion failure of stored data as a diesel deserialization error.
pub(crate) fn corrupt(what: &str, detail: impl std::fmt::Display) -> diesel::result::Error {
    diesel::result::Error::DeserializationError(
        format!("stored {what} is not valid: {detail}").into(),
    )
}

/// Parses a stored code into its domain type.
pub(crate) fn parse<T: std::str::FromStr>(what: &str, raw: &str) -> diesel::QueryResult<T>
where
    T::Err: std::fmt::Display,
{
    raw.parse::<T>()
        .map_err(|e| corrupt(what, format!("{raw:?} {e}")))
}

/// Reads stored texts by language.
pub(crate) fn texts(
    what: &str,
    value: serde_json::Value,
) -> diesel::QueryResult<crate::domain::legislation::Texts> {
    serde_json::from_value(value).map_err(|e| corrupt(what, e))
}

/// A value as JSON for a jsonb column.
pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> diesel::QueryResult<serde_json::Value> {
    serde_json::to_value(value).map_err(|e| diesel::result::Error::SerializationError(Box::new(e)))
}
