//! What a kind of record is to the write pipeline. A kind implements [`Record`] (its name, its
//! draft, how a draft becomes the record, the checks that need the database, its table operations)
//! and the pipeline in [`super`] does the rest for every kind alike: scope, preconditions,
//! validation, the transaction (record, version, change log, audit) and idempotency.

use std::future::Future;

use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::ReferenceCodes;
use crate::db::Conn;
use crate::domain::{CountryCode, RecordKind};
use crate::error::{ApiError, FieldError};

/// What the server sets on a record it writes.
#[derive(Debug, Clone)]
pub struct Stamp {
    pub id: Uuid,
    pub country: CountryCode,
    pub version: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Who writes (the history's actor name).
    pub by: String,
}

/// How a record leaves the directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removal {
    /// It stays, readable, with a retired status; the change log reports it deleted.
    Retire,
    /// Its row goes; its history stays.
    Delete,
}

/// A kind of record the directory holds and writes.
pub trait Record: Serialize + Clone + Send + Sync + Sized + 'static {
    /// The parsed document, without what the server sets.
    type Draft: Send + Sync + 'static;
    /// Its kind in the change log, the history and the feed.
    const KIND: RecordKind;
    /// What one record is called in messages ("authority", "law", "case").
    const NOUN: &'static str;
    const REMOVAL: Removal;
    /// True for a kind only administrators write (treaty participation): a focal point's write is
    /// refused whatever State it names.
    const ADMINISTRATORS_ONLY: bool = false;

    fn id(&self) -> Uuid;
    fn country(&self) -> &CountryCode;
    fn version(&self) -> i64;
    fn updated_at(&self) -> DateTime<Utc>;
    /// False for a record out of the directory (retired), which the change log reports deleted.
    fn is_current(&self) -> bool {
        true
    }
    /// Sets what changes with every write.
    fn restamp(&mut self, version: i64, at: DateTime<Utc>);

    /// The State the draft names, if any.
    fn draft_country(draft: &Self::Draft) -> Option<&CountryCode>;
    /// The record the draft describes: new (`current` is `None`) or the next state of `current`.
    fn build(draft: Self::Draft, stamp: Stamp, current: Option<&Self>) -> Self;
    /// The problems only the database can show (reference codes, links to other records,
    /// uniqueness), each by its path.
    fn check(
        conn: &mut Conn,
        reference: &ReferenceCodes,
        record: &Self,
    ) -> impl Future<Output = Result<Vec<FieldError>, ApiError>> + Send;

    /// The records with these ids that exist, in no particular order.
    fn find_many(
        conn: &mut Conn,
        ids: &[Uuid],
    ) -> impl Future<Output = diesel::QueryResult<Vec<Self>>> + Send;
    /// Inserts new records whole.
    fn insert_many(
        conn: &mut Conn,
        all: &[Self],
    ) -> impl Future<Output = diesel::QueryResult<()>> + Send;
    /// Replaces a stored record whole, within `scope` when given; false when none in scope has
    /// its id.
    fn replace(
        conn: &mut Conn,
        record: &Self,
        scope: Option<&CountryCode>,
    ) -> impl Future<Output = diesel::QueryResult<bool>> + Send;

    /// The retired state of `self` (for [`Removal::Retire`] kinds); 409 when it cannot be.
    fn retired(self) -> Result<Self, ApiError> {
        Err(ApiError::Conflict(format!(
            "a {} is deleted, not retired",
            Self::NOUN
        )))
    }

    /// The confirmed state of `self` as of `at`, by `by`; 409 when it cannot be confirmed.
    fn confirmed(self, _at: DateTime<Utc>, _by: &str) -> Result<Self, ApiError> {
        Err(ApiError::Conflict(format!(
            "a {} is not confirmed",
            Self::NOUN
        )))
    }
}

/// The members of [`Record`] that read and set a record's stamp, for a record type with `id`,
/// `country`, `version` and `updated_at` fields.
macro_rules! stamp_members {
    () => {
        fn id(&self) -> uuid::Uuid {
            self.id
        }

        fn country(&self) -> &crate::domain::CountryCode {
            &self.country
        }

        fn version(&self) -> i64 {
            self.version
        }

        fn updated_at(&self) -> chrono::DateTime<chrono::Utc> {
            self.updated_at
        }

        fn restamp(&mut self, version: i64, at: chrono::DateTime<chrono::Utc>) {
            self.version = version;
            self.updated_at = at;
        }
    };
}
pub(crate) use stamp_members;
