//! The one clock that what depends on the date reads: staleness and freshness, the time a write
//! records, the reminder schedule and the expiry of confirmation links. It is the system's clock,
//! moved by an offset that tests set (to see what a year without confirmation does); nothing else
//! sets it.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use actix_web::{web, HttpRequest};
use chrono::{DateTime, Duration, SubsecRound, Utc};

/// The time, as the server tells it.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    /// Milliseconds ahead of the system clock; shared by every copy.
    offset_ms: Arc<AtomicI64>,
}

impl Clock {
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + Duration::milliseconds(self.offset_ms.load(Ordering::Relaxed))
    }

    /// Now, to the microsecond, as Postgres keeps it: the time a write records, so that the
    /// document kept in the history (and sent to partners) says exactly what a read says.
    pub fn write_time(&self) -> DateTime<Utc> {
        self.now().trunc_subsecs(6)
    }

    /// Moves this clock (and every copy of it) forward by `by`, for tests.
    pub fn advance(&self, by: Duration) {
        self.offset_ms
            .fetch_add(by.num_milliseconds(), Ordering::Relaxed);
    }

    /// The clock of the server answering `req` (the system's outside a server).
    pub fn of(req: &HttpRequest) -> Clock {
        req.app_data::<web::Data<Clock>>()
            .map(|c| c.get_ref().clone())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_move_together() {
        let clock = Clock::default();
        let copy = clock.clone();
        let before = copy.now();
        clock.advance(Duration::days(365));
        let moved = copy.now() - before;
        assert!(moved >= Duration::days(365) && moved < Duration::days(366));
    }
}
