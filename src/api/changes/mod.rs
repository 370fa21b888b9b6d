//! `/v1/changes`: the partner change feed, read from the change log in commit order.

pub mod dto;
pub mod list;
