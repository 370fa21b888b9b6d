//! How current the directory is, State by State: of each State's active records, how many were
//! confirmed within the last year (an authority by its focal point, or when it was created; a law or
//! a case, which are not confirmed, when it last changed), and the rest, which are stale. Public
//! figures: counts and dates, never who.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use utoipa::ToSchema;

/// A record confirmed longer ago than this is stale.
pub const WINDOW_DAYS: i64 = crate::domain::STALE_AFTER_DAYS;

/// Records confirmed before this instant are stale.
pub fn cutoff(now: DateTime<Utc>) -> DateTime<Utc> {
    now - Duration::days(WINDOW_DAYS)
}

/// Active records and how many of them were confirmed within the window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, ToSchema)]
pub struct Counts {
    pub active: i64,
    /// Confirmed (laws and cases: changed) within the last 365 days.
    pub confirmed: i64,
    /// `active - confirmed`.
    pub stale: i64,
    /// `confirmed / active`, from 0 to 1; absent without active records.
    #[schema(value_type = Option<f64>)]
    pub share: Option<f64>,
}

impl Counts {
    pub fn new(active: i64, confirmed: i64) -> Self {
        Counts {
            active,
            confirmed,
            stale: active - confirmed,
            share: (active > 0).then(|| confirmed as f64 / active as f64),
        }
    }
}

impl std::ops::Add for Counts {
    type Output = Counts;

    fn add(self, other: Counts) -> Counts {
        Counts::new(self.active + other.active, self.confirmed + other.confirmed)
    }
}

/// The figures of one State.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct StateFreshness {
    /// ISO 3166-1 alpha-3.
    pub country: String,
    /// The M49 region (continent) it lies in, when it has one.
    pub region: Option<String>,
    pub authorities: Counts,
    pub legislation: Counts,
    pub cases: Counts,
    /// All its records.
    pub total: Counts,
    /// The longest-ago confirmation among its active records.
    pub oldest_confirmation: Option<DateTime<Utc>>,
    /// The last change to any of its active records.
    pub last_change: Option<DateTime<Utc>>,
    /// Whether an active focal point account acts for it.
    pub focal_point: bool,
}

/// The figures of a group of States (an M49 region, or all).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct GroupFreshness {
    /// The M49 region; absent for the overall figures and for States outside every region.
    pub region: Option<String>,
    pub states: i64,
    /// States with at least one active record.
    pub states_with_records: i64,
    /// States for which no active focal point account acts.
    pub states_without_focal_point: i64,
    pub authorities: Counts,
    pub legislation: Counts,
    pub cases: Counts,
    pub total: Counts,
}

impl GroupFreshness {
    fn of<'a>(region: Option<String>, states: impl Iterator<Item = &'a StateFreshness>) -> Self {
        let mut group = GroupFreshness {
            region,
            states: 0,
            states_with_records: 0,
            states_without_focal_point: 0,
            authorities: Counts::default(),
            legislation: Counts::default(),
            cases: Counts::default(),
            total: Counts::default(),
        };
        for s in states {
            group.states += 1;
            group.states_with_records += i64::from(s.total.active > 0);
            group.states_without_focal_point += i64::from(!s.focal_point);
            group.authorities = group.authorities + s.authorities;
            group.legislation = group.legislation + s.legislation;
            group.cases = group.cases + s.cases;
            group.total = group.total + s.total;
        }
        group
    }
}

/// The figures of every State asked for, with those of their regions and of all of them.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct FreshnessReport {
    /// The instant the figures are computed at.
    pub as_of: DateTime<Utc>,
    /// Records confirmed longer ago than this many days are stale.
    pub window_days: i64,
    pub states: Vec<StateFreshness>,
    /// One entry per M49 region among the States.
    pub regions: Vec<GroupFreshness>,
    pub overall: GroupFreshness,
}

impl FreshnessReport {
    pub fn new(as_of: DateTime<Utc>, states: Vec<StateFreshness>) -> Self {
        let mut by_region: BTreeMap<Option<String>, Vec<&StateFreshness>> = BTreeMap::new();
        for s in &states {
            by_region.entry(s.region.clone()).or_default().push(s);
        }
        let regions = by_region
            .into_iter()
            .map(|(region, members)| GroupFreshness::of(region, members.into_iter()))
            .collect();
        FreshnessReport {
            as_of,
            window_days: WINDOW_DAYS,
            overall: GroupFreshness::of(None, states.iter()),
            regions,
            states,
        }
    }
}

/// One record of a State, with its last confirmation.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct RecordFreshness {
    /// `authority`, `legislation` or `case`.
    pub kind: String,
    pub id: uuid::Uuid,
    /// Its name or title in its original language (a case: its reference).
    pub title: String,
    /// When it was last confirmed (an authority never confirmed: when it was created; a law or a
    /// case: when it last changed).
    pub confirmed_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub stale: bool,
}

/// A State's records, those confirmed longest ago first.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct StateRecords {
    pub as_of: DateTime<Utc>,
    pub window_days: i64,
    pub state: StateFreshness,
    pub records: Vec<RecordFreshness>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(country: &str, region: Option<&str>, active: i64, confirmed: i64) -> StateFreshness {
        let counts = Counts::new(active, confirmed);
        StateFreshness {
            country: country.into(),
            region: region.map(Into::into),
            authorities: counts,
            legislation: Counts::default(),
            cases: Counts::default(),
            total: counts,
            oldest_confirmation: None,
            last_change: None,
            focal_point: country == "FRA",
        }
    }

    #[test]
    fn groups_add_their_states_up() {
        let report = FreshnessReport::new(
            Utc::now(),
            vec![
                state("FRA", Some("150"), 4, 3),
                state("DEU", Some("150"), 0, 0),
                state("KEN", Some("002"), 2, 0),
            ],
        );
        assert_eq!(report.overall.total, Counts::new(6, 3));
        assert_eq!(report.overall.total.share, Some(0.5));
        assert_eq!(report.overall.states_with_records, 2);
        assert_eq!(report.overall.states_without_focal_point, 2);
        let europe = report
            .regions
            .iter()
            .find(|r| r.region.as_deref() == Some("150"))
            .unwrap();
        assert_eq!((europe.states, europe.total.stale), (2, 1));
        assert_eq!(Counts::new(0, 0).share, None);
    }
}
