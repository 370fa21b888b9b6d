//! Country responses.

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;

use crate::api::pagination::page_type;
use crate::db::models::country::Country;
use crate::error::ApiError;

/// A country or territory.
#[derive(Debug, Serialize, ToSchema)]
pub struct CountryDto {
    /// ISO 3166-1 alpha-3 code, the key used everywhere else.
    #[schema(example = "KEN")]
    pub iso3: String,
    /// ISO 3166-1 alpha-2 code.
    #[schema(example = "KE")]
    pub iso2: String,
    /// UN M49 numeric code.
    #[schema(example = "404")]
    pub m49: String,
    /// M49 region (002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania); null for Antarctica.
    pub region: Option<String>,
    /// M49 sub-region.
    pub subregion: Option<String>,
    /// M49 intermediate region, where there is one.
    pub intermediate_region: Option<String>,
    /// Names in the six UN languages (ar, zh, en, es, fr, ru).
    pub names: BTreeMap<String, String>,
    /// ISO 639-1 codes of the official languages (Unicode CLDR), most spoken first. Routing compares
    /// them with the languages an authority accepts.
    #[schema(example = json!(["sw", "en"]))]
    pub official_languages: Vec<String>,
}

impl TryFrom<Country> for CountryDto {
    type Error = ApiError;

    fn try_from(c: Country) -> Result<Self, ApiError> {
        Ok(CountryDto {
            names: serde_json::from_value(c.names).map_err(|e| ApiError::Internal(e.into()))?,
            iso3: c.iso3,
            iso2: c.iso2,
            m49: c.m49,
            region: c.region,
            subregion: c.subregion,
            intermediate_region: c.intermediate_region,
            official_languages: c.official_languages,
        })
    }
}

page_type!(CountryPage, CountryDto);
