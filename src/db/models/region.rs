//! UN M49 regions, sub-regions and intermediate regions.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use crate::db::{schema::regions, Conn};

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = regions)]
pub struct Region {
    pub m49: String,
    pub level: String,
    pub parent: Option<String>,
    pub names: serde_json::Value,
}

/// Inserts or updates regions; parents must come before their children.
pub async fn upsert(conn: &mut Conn, rows: &[Region]) -> QueryResult<()> {
    for row in rows {
        diesel::insert_into(regions::table)
            .values(row)
            .on_conflict(regions::m49)
            .do_update()
            .set(row)
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// Every region, ordered by code.
pub async fn list(conn: &mut Conn) -> QueryResult<Vec<Region>> {
    regions::table
        .select(Region::as_select())
        .order(regions::m49)
        .load(conn)
        .await
}
