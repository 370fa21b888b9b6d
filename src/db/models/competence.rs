//! Competence types and the legal bases (instrument articles) that each one rests on.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use crate::db::{
    schema::{competence_legal_bases, competence_types},
    Conn,
};

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = competence_types)]
pub struct CompetenceType {
    pub code: String,
    pub labels: serde_json::Value,
    pub description: String,
    pub ordinal: i32,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = competence_legal_bases)]
pub struct LegalBasis {
    pub competence_code: String,
    pub ordinal: i32,
    pub citation: String,
    pub instrument_code: String,
    pub article_id: Option<String>,
    pub paragraph: Option<String>,
}

/// Every competence type in its defined order, each with its legal bases.
pub async fn list(conn: &mut Conn) -> QueryResult<Vec<(CompetenceType, Vec<LegalBasis>)>> {
    let types: Vec<CompetenceType> = competence_types::table
        .select(CompetenceType::as_select())
        .order(competence_types::ordinal)
        .load(conn)
        .await?;
    let bases: Vec<LegalBasis> = competence_legal_bases::table
        .select(LegalBasis::as_select())
        .order((
            competence_legal_bases::competence_code,
            competence_legal_bases::ordinal,
        ))
        .load(conn)
        .await?;
    let mut by_code: HashMap<String, Vec<LegalBasis>> = HashMap::new();
    for basis in bases {
        by_code
            .entry(basis.competence_code.clone())
            .or_default()
            .push(basis);
    }
    Ok(types
        .into_iter()
        .map(|t| {
            let bases = by_code.remove(&t.code).unwrap_or_default();
            (t, bases)
        })
        .collect())
}

/// Inserts or updates a competence type and replaces its legal bases.
pub async fn upsert(
    conn: &mut Conn,
    row: &CompetenceType,
    bases: &[LegalBasis],
) -> QueryResult<()> {
    diesel::insert_into(competence_types::table)
        .values(row)
        .on_conflict(competence_types::code)
        .do_update()
        .set(row)
        .execute(conn)
        .await?;
    diesel::delete(
        competence_legal_bases::table.filter(competence_legal_bases::competence_code.eq(&row.code)),
    )
    .execute(conn)
    .await?;
    diesel::insert_into(competence_legal_bases::table)
        .values(bases)
        .execute(conn)
        .await?;
    Ok(())
}
