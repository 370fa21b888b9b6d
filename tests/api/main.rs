//! Black-box tests of the HTTP API against a real Postgres, one module per resource.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod accounts;
mod admin_users;
mod authorities;
mod authority_writes;
mod authorization;
mod browser;
mod changes;
mod countries;
mod errors;
mod export;
mod feed;
mod filters;
mod health;
mod helpers;
mod hostile_input;
mod import;
mod legislation;
mod licences;
mod migrations;
mod mirror;
mod openapi;
mod partners;
mod rate_limits;
mod records;
mod relevance;
mod search;
mod search_api;
mod seed;
mod sign_in_abuse;
mod streams;
mod taxonomies;
mod webhooks;
