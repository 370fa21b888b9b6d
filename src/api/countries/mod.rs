//! `/v1/countries`: ISO 3166-1 countries and territories with their UN M49 placement and names in the
//! six UN languages.

pub mod dto;
pub mod get;
pub mod list;
