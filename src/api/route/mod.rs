//! `/v1/route`: where to send a request, and a draft of it.

pub mod draft;
pub mod get;
