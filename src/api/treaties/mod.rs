//! `/v1/treaties`: where each State stands with each instrument of cooperation (status, dates,
//! declarations). Public to read; written by administrators only.

pub mod list;
pub mod record;
