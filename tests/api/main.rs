//! Black-box tests of the HTTP API against a real Postgres, one module per resource.

mod accounts;
mod admin_users;
mod authorities;
mod authority_writes;
mod authorization;
mod changes;
mod countries;
mod errors;
mod export;
mod feed;
mod health;
mod helpers;
mod import;
mod legislation;
mod migrations;
mod mirror;
mod openapi;
mod partners;
mod relevance;
mod search;
mod search_api;
mod seed;
mod taxonomies;
mod webhooks;
