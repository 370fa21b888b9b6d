//! Treaty participation as a kind of record: where one State stands with one instrument. Only
//! administrators (the Secretariat) write it.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use uuid::Uuid;

use super::record::stamp_members;
use super::{Record, ReferenceCodes, Removal, Stamp};
use crate::db::{models, schema::authorities, Conn};
use crate::domain::treaty::TreatyParticipation;
use crate::domain::{CountryCode, RecordKind};
use crate::error::{ApiError, FieldError};

/// What the database must confirm: the State exists, no other record holds the same State and
/// instrument, and each notified authority in the directory belongs to that State.
async fn check_references(
    conn: &mut Conn,
    reference: &ReferenceCodes,
    t: &TreatyParticipation,
) -> Result<Vec<FieldError>, ApiError> {
    let mut errors = Vec::new();
    let linked: Vec<Uuid> = t
        .declarations
        .notified()
        .iter()
        .filter_map(|(_, n)| n.and_then(|n| n.authority_id))
        .collect();
    let owners: HashMap<Uuid, String> = if linked.is_empty() {
        HashMap::new()
    } else {
        authorities::table
            .filter(authorities::id.eq_any(&linked))
            .select((authorities::id, authorities::country))
            .load::<(Uuid, String)>(conn)
            .await?
            .into_iter()
            .collect()
    };
    for (member, notified) in t.declarations.notified() {
        let Some(id) = notified.and_then(|n| n.authority_id) else {
            continue;
        };
        let path = format!("declarations.{}.authority_id", member.as_str());
        match owners.get(&id) {
            None => errors.push(FieldError::new(
                path,
                format!("no authority has the id {id}"),
            )),
            Some(country) if country != t.country.as_str() => errors.push(FieldError::new(
                path,
                format!("the authority belongs to {country}, not to {}", t.country),
            )),
            Some(_) => {}
        }
    }
    if reference.has_country(t.country.as_str())
        && models::treaty::pair_taken(conn, t.country.as_str(), t.instrument, t.id).await?
    {
        errors.push(FieldError::new(
            "instrument",
            format!(
                "{} already has a record for {}",
                t.country,
                t.instrument.as_str()
            ),
        ));
    }
    Ok(errors)
}

impl Record for TreatyParticipation {
    /// The record read from the body (its server-set members are placeholders), and the State the
    /// body named.
    type Draft = (TreatyParticipation, Option<CountryCode>);
    const KIND: RecordKind = RecordKind::Treaty;
    const NOUN: &'static str = "treaty participation";
    const REMOVAL: Removal = Removal::Delete;
    const ADMINISTRATORS_ONLY: bool = true;

    stamp_members!();

    fn draft_country(draft: &Self::Draft) -> Option<&CountryCode> {
        draft.1.as_ref()
    }

    fn build(
        (draft, _): Self::Draft,
        stamp: Stamp,
        current: Option<&TreatyParticipation>,
    ) -> TreatyParticipation {
        TreatyParticipation {
            id: stamp.id,
            country: stamp.country,
            version: stamp.version,
            created_at: current.map_or(stamp.created_at, |c| c.created_at),
            updated_at: stamp.updated_at,
            ..draft
        }
    }

    async fn check(
        conn: &mut Conn,
        reference: &ReferenceCodes,
        record: &TreatyParticipation,
    ) -> Result<Vec<FieldError>, ApiError> {
        check_references(conn, reference, record).await
    }

    async fn find_many(conn: &mut Conn, ids: &[Uuid]) -> diesel::QueryResult<Vec<Self>> {
        models::treaty::find_many(conn, ids).await
    }

    async fn insert_many(conn: &mut Conn, all: &[Self]) -> diesel::QueryResult<()> {
        models::treaty::insert_many(conn, all).await
    }

    async fn replace(
        conn: &mut Conn,
        record: &Self,
        scope: Option<&CountryCode>,
    ) -> diesel::QueryResult<bool> {
        models::treaty::replace(conn, record, scope).await
    }
}
