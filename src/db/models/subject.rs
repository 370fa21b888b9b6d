//! The filters that laws and cases share: the State a record comes from and what it is about. Each
//! kind applies them to its own tables (a law through its provisions, a case through its own tags);
//! they combine with AND with the filters of each kind.

use super::reference::Reference;
use crate::domain::{ArticleId, CountryCode, LanguageCode, RegionCode, TermCode};

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct SubjectFilter {
    pub country: Option<CountryCode>,
    pub region: Option<RegionCode>,
    pub crime_type: Option<TermCode>,
    pub cross_cutting: Option<TermCode>,
    pub article: Option<ArticleId>,
    /// The record's texts are in this language.
    pub language: Option<LanguageCode>,
}

impl SubjectFilter {
    /// The reference codes the filter names, under their parameters' names, to be checked against
    /// the reference data.
    pub fn codes(&self) -> [(&'static str, Reference, Option<&str>); 5] {
        [
            (
                "country",
                Reference::Country,
                self.country.as_ref().map(CountryCode::as_str),
            ),
            (
                "region",
                Reference::Region,
                self.region.as_ref().map(RegionCode::as_str),
            ),
            (
                "crime_type",
                Reference::CrimeType,
                self.crime_type.as_ref().map(TermCode::as_str),
            ),
            (
                "cross_cutting",
                Reference::CrossCuttingIssue,
                self.cross_cutting.as_ref().map(TermCode::as_str),
            ),
            (
                "article",
                Reference::Article,
                self.article.as_ref().map(ArticleId::as_str),
            ),
        ]
    }
}
