//! Black-box tests of the HTTP API against a real Postgres, one module per resource.

mod authorities;
mod countries;
mod errors;
mod health;
mod helpers;
mod migrations;
mod openapi;
mod seed;
mod taxonomies;
