//! The figures of `domain::freshness`, counted by PostgreSQL in one pass over the record tables.

use chrono::{DateTime, Utc};
use diesel::sql_types::{BigInt, Bool, Nullable, Text, Timestamptz, Uuid as SqlUuid};
use diesel::{QueryResult, QueryableByName};
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use crate::db::Conn;
use crate::domain::freshness::{cutoff, Counts, RecordFreshness, StateFreshness};

/// Every active record with the instant it was last confirmed (laws and cases: changed).
const RECORDS: &str = "
    SELECT country, 'authority'::text AS kind, id, sort_name AS title,
           coalesce(last_confirmed_at, created_at) AS confirmed_at, updated_at
      FROM authorities WHERE status = 'active'
    UNION ALL
    SELECT country, 'legislation', id, sort_title, updated_at, updated_at FROM laws
    UNION ALL
    SELECT country, 'case', id, reference, updated_at, updated_at FROM cases";

#[derive(QueryableByName)]
struct StateRow {
    #[diesel(sql_type = Text)]
    country: String,
    #[diesel(sql_type = Nullable<Text>)]
    region: Option<String>,
    #[diesel(sql_type = BigInt)]
    authorities: i64,
    #[diesel(sql_type = BigInt)]
    authorities_confirmed: i64,
    #[diesel(sql_type = BigInt)]
    legislation: i64,
    #[diesel(sql_type = BigInt)]
    legislation_confirmed: i64,
    #[diesel(sql_type = BigInt)]
    cases: i64,
    #[diesel(sql_type = BigInt)]
    cases_confirmed: i64,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    oldest_confirmation: Option<DateTime<Utc>>,
    #[diesel(sql_type = Nullable<Timestamptz>)]
    last_change: Option<DateTime<Utc>>,
    #[diesel(sql_type = Bool)]
    focal_point: bool,
}

impl From<StateRow> for StateFreshness {
    fn from(r: StateRow) -> Self {
        let authorities = Counts::new(r.authorities, r.authorities_confirmed);
        let legislation = Counts::new(r.legislation, r.legislation_confirmed);
        let cases = Counts::new(r.cases, r.cases_confirmed);
        StateFreshness {
            country: r.country,
            region: r.region,
            authorities,
            legislation,
            cases,
            total: authorities + legislation + cases,
            oldest_confirmation: r.oldest_confirmation,
            last_change: r.last_change,
            focal_point: r.focal_point,
        }
    }
}

/// The figures at `now` of every country and territory, or of those in the M49 area `region` (any
/// level), or of `country` alone; by alpha-3 code.
pub async fn states(
    conn: &mut Conn,
    now: DateTime<Utc>,
    region: Option<&str>,
    country: Option<&str>,
) -> QueryResult<Vec<StateFreshness>> {
    let query = format!(
        "WITH records AS ({RECORDS})
         SELECT c.iso3 AS country, c.region,
                count(r.kind) FILTER (WHERE r.kind = 'authority') AS authorities,
                count(r.kind) FILTER (WHERE r.kind = 'authority' AND r.confirmed_at >= $1)
                    AS authorities_confirmed,
                count(r.kind) FILTER (WHERE r.kind = 'legislation') AS legislation,
                count(r.kind) FILTER (WHERE r.kind = 'legislation' AND r.confirmed_at >= $1)
                    AS legislation_confirmed,
                count(r.kind) FILTER (WHERE r.kind = 'case') AS cases,
                count(r.kind) FILTER (WHERE r.kind = 'case' AND r.confirmed_at >= $1)
                    AS cases_confirmed,
                min(r.confirmed_at) AS oldest_confirmation,
                max(r.updated_at) AS last_change,
                EXISTS (SELECT 1 FROM users u
                         WHERE u.role = 'focal_point' AND u.active AND u.country = c.iso3)
                    AS focal_point
           FROM countries c LEFT JOIN records r ON r.country = c.iso3
          WHERE ($2::text IS NULL
                 OR c.region = $2 OR c.subregion = $2 OR c.intermediate_region = $2)
            AND ($3::text IS NULL OR c.iso3 = $3)
          GROUP BY c.iso3, c.region
          ORDER BY c.iso3"
    );
    let rows: Vec<StateRow> = diesel::sql_query(query)
        .bind::<Timestamptz, _>(cutoff(now))
        .bind::<Nullable<Text>, _>(region)
        .bind::<Nullable<Text>, _>(country)
        .load(conn)
        .await?;
    Ok(rows.into_iter().map(StateFreshness::from).collect())
}

#[derive(QueryableByName)]
struct RecordRow {
    #[diesel(sql_type = Text)]
    kind: String,
    #[diesel(sql_type = SqlUuid)]
    id: Uuid,
    #[diesel(sql_type = Text)]
    title: String,
    #[diesel(sql_type = Timestamptz)]
    confirmed_at: DateTime<Utc>,
    #[diesel(sql_type = Timestamptz)]
    updated_at: DateTime<Utc>,
}

/// The active records of `country` with their last confirmation, confirmed longest ago first.
pub async fn records(
    conn: &mut Conn,
    now: DateTime<Utc>,
    country: &str,
) -> QueryResult<Vec<RecordFreshness>> {
    let query = format!(
        "WITH records AS ({RECORDS})
         SELECT kind, id, title, confirmed_at, updated_at FROM records
          WHERE country = $1
          ORDER BY confirmed_at, kind, id"
    );
    let rows: Vec<RecordRow> = diesel::sql_query(query)
        .bind::<Text, _>(country)
        .load(conn)
        .await?;
    let cutoff = cutoff(now);
    Ok(rows
        .into_iter()
        .map(|r| RecordFreshness {
            stale: r.confirmed_at < cutoff,
            kind: r.kind,
            id: r.id,
            title: r.title,
            confirmed_at: r.confirmed_at,
            updated_at: r.updated_at,
        })
        .collect())
}
