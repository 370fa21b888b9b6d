//! `cna`: the open directory of competent national authorities for international cooperation in
//! criminal matters.
//!
//! A request flows `routes` -> `api::<resource>::<action>` (a thin handler that parses its input into
//! `domain` types) -> `db::models` (plain query functions on a pooled Postgres connection) -> a
//! response built through `domain::visibility`, so a caller only ever sees what their tier allows.
//! Errors of every kind leave as RFC 9457 problem documents (`error`). `startup` builds the server
//! that both `cna serve` and the tests run; `openapi` describes it; `seed` loads reference data and the
//! demo directory.

pub mod api;
pub mod auth;
pub mod bulk;
pub mod changes;
pub mod clock;
pub mod config;
pub mod db;
pub mod directory;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod mirror;
pub mod openapi;
pub mod reminders;
pub mod routes;
pub mod routing;
pub mod search;
pub mod seed;
pub mod startup;
pub mod telemetry;
pub mod web;
pub mod webhooks;
