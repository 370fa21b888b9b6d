//! Codes that identify reference data: ISO 3166-1 alpha-3 country codes, ISO 639-1 language codes,
//! UN M49 region codes and competence-type codes. Parsing checks the form; whether a well-formed code
//! exists in the reference tables is the database's answer.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use super::iso639::ISO_639_1;

/// Why a value could not be parsed; the message completes the sentence "the value ...".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct CodeError(String);

impl CodeError {
    pub fn new(message: impl Into<String>) -> Self {
        CodeError(message.into())
    }
}

/// Implements `Display`, `as_str`, `AsRef<str>`, `Serialize` and a `Deserialize` that goes through
/// `parse`.
macro_rules! string_code {
    ($name:ident) => {
        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = String::deserialize(d)?;
                $name::parse(&raw).map_err(serde::de::Error::custom)
            }
        }

        impl std::str::FromStr for $name {
            type Err = CodeError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::parse(s)
            }
        }
    };
}

/// An ISO 3166-1 alpha-3 country code, always upper case (`KEN`). Accepted in any letter case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, utoipa::ToSchema)]
#[schema(example = "KEN")]
pub struct CountryCode(String);

impl CountryCode {
    /// `ZZZ` (user-assigned, never a State): stands in for a missing or invalid code in a draft
    /// that is refused anyway, so that its other problems can still be found.
    pub fn placeholder() -> Self {
        CountryCode("ZZZ".to_owned())
    }

    pub fn parse(raw: &str) -> Result<Self, CodeError> {
        let trimmed = raw.trim();
        if trimmed.len() == 3 && trimmed.bytes().all(|b| b.is_ascii_alphabetic()) {
            Ok(CountryCode(trimmed.to_ascii_uppercase()))
        } else {
            Err(CodeError::new(
                "must be an ISO 3166-1 alpha-3 country code such as KEN",
            ))
        }
    }
}
string_code!(CountryCode);

/// An ISO 639-1 language code, always lower case (`fr`). Accepted in any letter case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, utoipa::ToSchema)]
#[schema(example = "fr")]
pub struct LanguageCode(String);

impl LanguageCode {
    /// Stands in for an invalid code in a draft that is refused anyway (see
    /// [`CountryCode::placeholder`]).
    pub fn placeholder() -> Self {
        LanguageCode("en".to_owned())
    }

    pub fn parse(raw: &str) -> Result<Self, CodeError> {
        let lower = raw.trim().to_ascii_lowercase();
        if ISO_639_1.binary_search(&lower.as_str()).is_ok() {
            Ok(LanguageCode(lower))
        } else {
            Err(CodeError::new(
                "must be an ISO 639-1 two-letter language code such as fr",
            ))
        }
    }

    /// The six official languages of the United Nations.
    pub fn is_un_language(&self) -> bool {
        matches!(self.0.as_str(), "ar" | "zh" | "en" | "es" | "fr" | "ru")
    }
}
string_code!(LanguageCode);

/// A UN M49 area code of a region, sub-region or intermediate region (`002`, `014`, `419`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, utoipa::ToSchema)]
#[schema(example = "002")]
pub struct RegionCode(String);

impl RegionCode {
    pub fn parse(raw: &str) -> Result<Self, CodeError> {
        let trimmed = raw.trim();
        if trimmed.len() == 3 && trimmed.bytes().all(|b| b.is_ascii_digit()) {
            Ok(RegionCode(trimmed.to_owned()))
        } else {
            Err(CodeError::new(
                "must be a three-digit UN M49 region code such as 002",
            ))
        }
    }
}
string_code!(RegionCode);

/// The stable code of a competence type (`MLA`, `CYBER_24_7`). Accepted in any letter case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, utoipa::ToSchema)]
#[schema(example = "MLA")]
pub struct CompetenceCode(String);

impl CompetenceCode {
    pub fn parse(raw: &str) -> Result<Self, CodeError> {
        let upper = raw.trim().to_ascii_uppercase();
        let well_formed = (1..=40).contains(&upper.len())
            && upper.starts_with(|c: char| c.is_ascii_uppercase())
            && upper
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        if well_formed {
            Ok(CompetenceCode(upper))
        } else {
            Err(CodeError::new(
                "must be a competence code such as MLA or EXTRADITION",
            ))
        }
    }
}
string_code!(CompetenceCode);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_are_accepted_in_any_case_and_normalised() {
        assert_eq!(CountryCode::parse("ken").unwrap().as_str(), "KEN");
        assert_eq!(CountryCode::parse(" Fra ").unwrap().as_str(), "FRA");
        for bad in ["", "KE", "KENY", "K3N", "ÉTA"] {
            assert!(CountryCode::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn language_codes_must_be_iso_639_1() {
        assert_eq!(LanguageCode::parse("FR").unwrap().as_str(), "fr");
        assert!(LanguageCode::parse("zh").unwrap().is_un_language());
        assert!(!LanguageCode::parse("de").unwrap().is_un_language());
        for bad in ["", "f", "fra", "qq", "x1"] {
            assert!(LanguageCode::parse(bad).is_err(), "{bad:?} accepted");
        }
        assert!(ISO_639_1.windows(2).all(|w| w[0] < w[1]), "list not sorted");
    }

    #[test]
    fn region_and_competence_codes() {
        assert!(RegionCode::parse("002").is_ok());
        assert!(RegionCode::parse("2").is_err());
        assert!(RegionCode::parse("abc").is_err());
        assert_eq!(
            CompetenceCode::parse("cyber_24_7").unwrap().as_str(),
            "CYBER_24_7"
        );
        assert!(CompetenceCode::parse("24_7").is_err());
        assert!(CompetenceCode::parse("MLA;DROP").is_err());
    }
}

/// The code of a taxonomy term (crime type or cross-cutting issue), e.g. `MONEY_LAUNDERING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, utoipa::ToSchema)]
#[schema(example = "MONEY_LAUNDERING")]
pub struct TermCode(String);

impl TermCode {
    pub fn parse(raw: &str) -> Result<Self, CodeError> {
        CompetenceCode::parse(raw)
            .map(|c| TermCode(c.0))
            .map_err(|_| CodeError::new("must be a taxonomy code such as MONEY_LAUNDERING"))
    }
}
string_code!(TermCode);

/// An article of an instrument: `<instrument>-<number>`, e.g. `UNTOC-18`. Accepted in any letter case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, utoipa::ToSchema)]
#[schema(example = "UNTOC-18")]
pub struct ArticleId(String);

impl ArticleId {
    pub fn parse(raw: &str) -> Result<Self, CodeError> {
        let value = raw.trim();
        let upper = value.to_ascii_uppercase();
        let well_formed = upper.rsplit_once('-').is_some_and(|(instrument, number)| {
            !instrument.is_empty()
                && instrument
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
                && number.starts_with(|c: char| c.is_ascii_digit())
                && number.len() <= 8
                && number.bytes().all(|b| b.is_ascii_alphanumeric())
        });
        if well_formed && upper.len() <= 60 {
            // Article numbers keep their lower-case suffix letters (`5a`).
            let (instrument, number) = value.rsplit_once('-').unwrap_or_default();
            Ok(ArticleId(format!(
                "{}-{}",
                instrument.to_ascii_uppercase(),
                number.to_ascii_lowercase()
            )))
        } else {
            Err(CodeError::new("must be an article id such as UNTOC-18"))
        }
    }
}
string_code!(ArticleId);
