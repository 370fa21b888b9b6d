//! `/v1/webhook`: the calling partner client's webhook.

pub mod dto;
pub mod manage;
