//! When a record is due for a reminder. A record counts from its last confirmation (or from when
//! it was added); it becomes stale [`STALE_AFTER_DAYS`] later. Its focal points are reminded
//! `before_days` before that (stage 0), when it becomes stale (stage 1), then every `every_days`
//! while it stays stale (stages 2, 3, ...). Each stage of one confirmation is sent once: a
//! confirmation starts the count again.

use chrono::{DateTime, Duration, Utc};

use crate::domain::STALE_AFTER_DAYS;

/// The reminder schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    /// Days before a record becomes stale that the first reminder goes.
    pub before_days: u32,
    /// Days between two reminders about a record that stays stale.
    pub every_days: u32,
}

impl Default for Schedule {
    fn default() -> Self {
        Schedule {
            before_days: 30,
            every_days: 30,
        }
    }
}

impl Schedule {
    /// The stage a record confirmed at `confirmed` has reached at `now`; `None` before its first
    /// reminder is due.
    pub fn stage(&self, confirmed: DateTime<Utc>, now: DateTime<Utc>) -> Option<i32> {
        let stale_at = stale_at(confirmed);
        if now < stale_at - Duration::days(i64::from(self.before_days)) {
            None
        } else if now < stale_at {
            Some(0)
        } else {
            let every = Duration::days(i64::from(self.every_days.max(1)));
            let periods = (now - stale_at).num_seconds() / every.num_seconds();
            Some(i32::try_from(periods.saturating_add(1)).unwrap_or(i32::MAX))
        }
    }

    /// The instant from which a record confirmed at `confirmed` may be due: records confirmed
    /// after `now` minus this are not.
    pub fn horizon(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now - Duration::days(STALE_AFTER_DAYS - i64::from(self.before_days))
    }
}

/// When a record confirmed at `confirmed` becomes stale.
pub fn stale_at(confirmed: DateTime<Utc>) -> DateTime<Utc> {
    confirmed + Duration::days(STALE_AFTER_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(days: i64) -> DateTime<Utc> {
        DateTime::UNIX_EPOCH + Duration::days(days)
    }

    #[test]
    fn stages_follow_the_schedule() {
        let schedule = Schedule::default();
        let confirmed = at(0);
        let stage = |days: i64| schedule.stage(confirmed, at(days));
        assert_eq!(stage(0), None);
        assert_eq!(stage(334), None);
        assert_eq!(stage(335), Some(0), "30 days before it becomes stale");
        assert_eq!(stage(364), Some(0));
        assert_eq!(stage(365), Some(1), "when it becomes stale");
        assert_eq!(stage(394), Some(1));
        assert_eq!(stage(395), Some(2), "30 days later");
        assert_eq!(stage(425), Some(3));
        let weekly = Schedule {
            before_days: 7,
            every_days: 7,
        };
        assert_eq!(weekly.stage(confirmed, at(357)), None);
        assert_eq!(weekly.stage(confirmed, at(358)), Some(0));
        assert_eq!(weekly.stage(confirmed, at(372)), Some(2));
    }

    #[test]
    fn the_horizon_is_where_the_first_stage_starts() {
        let schedule = Schedule::default();
        let now = at(1000);
        let horizon = schedule.horizon(now);
        assert_eq!(schedule.stage(horizon, now), Some(0));
        assert_eq!(schedule.stage(horizon + Duration::seconds(1), now), None);
    }
}
