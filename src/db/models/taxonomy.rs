//! The crime-type and cross-cutting-issue taxonomies: stable codes with labels in the six UN
//! languages. Both tables have the same shape, so one set of functions serves both.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use crate::db::{
    schema::{crime_types, cross_cutting_issues},
    Conn,
};

/// Which taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Taxonomy {
    CrimeTypes,
    CrossCuttingIssues,
}

#[derive(Debug, Clone, Queryable, Insertable, AsChangeset)]
#[diesel(table_name = crime_types)]
pub struct Term {
    pub code: String,
    pub labels: serde_json::Value,
    pub ordinal: i32,
}

pub async fn list(conn: &mut Conn, taxonomy: Taxonomy) -> QueryResult<Vec<Term>> {
    match taxonomy {
        Taxonomy::CrimeTypes => {
            crime_types::table
                .select((crime_types::code, crime_types::labels, crime_types::ordinal))
                .order(crime_types::ordinal)
                .load(conn)
                .await
        }
        Taxonomy::CrossCuttingIssues => {
            cross_cutting_issues::table
                .select((
                    cross_cutting_issues::code,
                    cross_cutting_issues::labels,
                    cross_cutting_issues::ordinal,
                ))
                .order(cross_cutting_issues::ordinal)
                .load(conn)
                .await
        }
    }
}

pub async fn upsert(conn: &mut Conn, taxonomy: Taxonomy, terms: &[Term]) -> QueryResult<()> {
    for term in terms {
        match taxonomy {
            Taxonomy::CrimeTypes => {
                diesel::insert_into(crime_types::table)
                    .values(term)
                    .on_conflict(crime_types::code)
                    .do_update()
                    .set(term)
                    .execute(conn)
                    .await?;
            }
            Taxonomy::CrossCuttingIssues => {
                diesel::insert_into(cross_cutting_issues::table)
                    .values((
                        cross_cutting_issues::code.eq(&term.code),
                        cross_cutting_issues::labels.eq(&term.labels),
                        cross_cutting_issues::ordinal.eq(term.ordinal),
                    ))
                    .on_conflict(cross_cutting_issues::code)
                    .do_update()
                    .set((
                        cross_cutting_issues::labels.eq(&term.labels),
                        cross_cutting_issues::ordinal.eq(term.ordinal),
                    ))
                    .execute(conn)
                    .await?;
            }
        }
    }
    Ok(())
}
