//! `/v1/admin/outbox`: the messages the service sends (reminders to focal points, monthly summaries
//! to administrators) and every attempt to send them.

pub mod dto;
pub mod get;
pub mod list;
