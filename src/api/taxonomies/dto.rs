//! Reference-data responses.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::pagination::page_type;
use crate::db::models::{
    competence::{CompetenceType, LegalBasis},
    instrument::{Article, Instrument},
    region::Region,
    taxonomy::Term,
};
use crate::error::ApiError;

fn names(value: serde_json::Value) -> Result<BTreeMap<String, String>, ApiError> {
    serde_json::from_value(value).map_err(|e| ApiError::Internal(e.into()))
}

/// A UN M49 region, sub-region or intermediate region.
#[derive(Debug, Serialize, ToSchema)]
pub struct RegionDto {
    #[schema(example = "014")]
    pub m49: String,
    /// `region`, `subregion` or `intermediate_region`.
    pub level: String,
    /// The enclosing area; null for regions.
    pub parent: Option<String>,
    /// Names in the six UN languages.
    pub names: BTreeMap<String, String>,
}

impl TryFrom<Region> for RegionDto {
    type Error = ApiError;
    fn try_from(r: Region) -> Result<Self, ApiError> {
        Ok(RegionDto {
            names: names(r.names)?,
            m49: r.m49,
            level: r.level,
            parent: r.parent,
        })
    }
}

/// A legal basis of a competence: an instrument, and where known its article and paragraph.
#[derive(Debug, Serialize, ToSchema)]
pub struct LegalBasisDto {
    /// As practitioners cite it; designations use these strings.
    #[schema(example = "UNTOC 18(13)")]
    pub citation: String,
    #[schema(example = "UNTOC")]
    pub instrument: String,
    /// Article identifier, e.g. `UNTOC-18`.
    pub article: Option<String>,
    pub paragraph: Option<String>,
}

/// A competence type: what a designated authority is competent for.
#[derive(Debug, Serialize, ToSchema)]
pub struct CompetenceDto {
    #[schema(example = "MLA")]
    pub code: String,
    /// The English label.
    pub label: String,
    /// Labels in the six UN languages.
    pub labels: BTreeMap<String, String>,
    pub description: String,
    pub legal_bases: Vec<LegalBasisDto>,
}

impl CompetenceDto {
    pub fn build(t: CompetenceType, bases: Vec<LegalBasis>) -> Result<Self, ApiError> {
        let labels = names(t.labels)?;
        Ok(CompetenceDto {
            label: labels.get("en").cloned().unwrap_or_default(),
            labels,
            code: t.code,
            description: t.description,
            legal_bases: bases
                .into_iter()
                .map(|b| LegalBasisDto {
                    citation: b.citation,
                    instrument: b.instrument_code,
                    article: b.article_id,
                    paragraph: b.paragraph,
                })
                .collect(),
        })
    }
}

/// An article of an instrument.
#[derive(Debug, Serialize, ToSchema)]
pub struct ArticleDto {
    /// Stable identifier used in cross-references and filters.
    #[schema(example = "UNTOC-18")]
    pub id: String,
    #[schema(example = "18")]
    pub number: String,
    #[schema(example = "Mutual legal assistance")]
    pub title: String,
}

/// An international instrument: convention, protocol or resolution.
#[derive(Debug, Serialize, ToSchema)]
pub struct InstrumentDto {
    #[schema(example = "UNTOC")]
    pub code: String,
    /// `convention`, `protocol` or `resolution`.
    pub kind: String,
    pub short_title: String,
    pub title: String,
    pub adopted_on: NaiveDate,
    pub url: Option<String>,
    pub articles: Vec<ArticleDto>,
}

impl InstrumentDto {
    pub fn build(i: Instrument, articles: Vec<Article>) -> Self {
        InstrumentDto {
            code: i.code,
            kind: i.kind,
            short_title: i.short_title,
            title: i.title,
            adopted_on: i.adopted_on,
            url: i.url,
            articles: articles
                .into_iter()
                .map(|a| ArticleDto {
                    id: a.id,
                    number: a.number,
                    title: a.title,
                })
                .collect(),
        }
    }
}

/// A term of a taxonomy (crime type or cross-cutting issue).
#[derive(Debug, Serialize, ToSchema)]
pub struct TermDto {
    #[schema(example = "MONEY_LAUNDERING")]
    pub code: String,
    /// The English label.
    pub label: String,
    /// Labels in the six UN languages.
    pub labels: BTreeMap<String, String>,
}

impl TryFrom<Term> for TermDto {
    type Error = ApiError;
    fn try_from(t: Term) -> Result<Self, ApiError> {
        let labels = names(t.labels)?;
        Ok(TermDto {
            label: labels.get("en").cloned().unwrap_or_default(),
            labels,
            code: t.code,
        })
    }
}

page_type!(RegionPage, RegionDto);
page_type!(CompetencePage, CompetenceDto);
page_type!(InstrumentPage, InstrumentDto);
page_type!(TermPage, TermDto);
