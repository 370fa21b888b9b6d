//! Dates that records carry about the past: a law's enactment, a court's decision. They cannot lie
//! ahead, and a date before the year 1000 is a typing mistake (`0000-01-01`), not a law.

use chrono::{NaiveDate, Utc};

use super::CodeError;

/// The earliest date accepted.
pub const EARLIEST: NaiveDate = match NaiveDate::from_ymd_opt(1000, 1, 1) {
    Some(date) => date,
    None => panic!("a valid date"),
};

/// `date`, when it lies between [`EARLIEST`] and today (UTC, with a day's grace for time zones
/// ahead of it).
pub fn in_the_past(date: NaiveDate) -> Result<NaiveDate, CodeError> {
    let latest = Utc::now().date_naive() + chrono::Days::new(1);
    if date > latest {
        return Err(CodeError::new("must not be in the future"));
    }
    if date < EARLIEST {
        return Err(CodeError::new(format!("must not be before {EARLIEST}")));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_dates_only_and_plausible_ones() {
        let today = Utc::now().date_naive();
        assert!(in_the_past(today).is_ok());
        assert!(in_the_past(NaiveDate::from_ymd_opt(1810, 2, 12).unwrap()).is_ok());
        assert!(in_the_past(NaiveDate::from_ymd_opt(2100, 1, 1).unwrap()).is_err());
        assert!(in_the_past(NaiveDate::from_ymd_opt(0, 1, 1).unwrap()).is_err());
        assert!(in_the_past(today + chrono::Days::new(3)).is_err());
    }
}
