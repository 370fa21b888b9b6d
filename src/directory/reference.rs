//! The reference codes a record may use, loaded from the reference data.

use std::collections::{HashMap, HashSet};

use crate::db::{models, Conn};
use crate::error::{ApiError, FieldError};

/// The reference codes a record may use: loaded once per write, or once for a whole import.
#[derive(Debug)]
pub struct ReferenceCodes {
    crime_types: HashSet<String>,
    cross_cutting_issues: HashSet<String>,
    articles: HashSet<String>,
    /// Competence code to the citations of its legal bases.
    competences: HashMap<String, HashSet<String>>,
    /// ISO3 codes.
    countries: HashSet<String>,
}

impl ReferenceCodes {
    pub async fn load(conn: &mut Conn) -> Result<Self, ApiError> {
        use models::taxonomy::Taxonomy;
        let codes =
            |terms: Vec<models::taxonomy::Term>| terms.into_iter().map(|t| t.code).collect();
        let competences = models::competence::list(conn)
            .await?
            .into_iter()
            .map(|(t, bases)| (t.code, bases.into_iter().map(|b| b.citation).collect()))
            .collect();
        let countries = models::country::list(conn, None, None, 10_000)
            .await?
            .into_iter()
            .map(|c| c.iso3)
            .collect();
        Ok(ReferenceCodes {
            competences,
            countries,
            crime_types: codes(models::taxonomy::list(conn, Taxonomy::CrimeTypes).await?),
            cross_cutting_issues: codes(
                models::taxonomy::list(conn, Taxonomy::CrossCuttingIssues).await?,
            ),
            articles: models::instrument::list(conn)
                .await?
                .into_iter()
                .flat_map(|(_, articles)| articles.into_iter().map(|a| a.id))
                .collect(),
        })
    }

    /// Competence code to the citations of its legal bases.
    pub(crate) fn competences(&self) -> &HashMap<String, HashSet<String>> {
        &self.competences
    }

    /// Whether `iso3` is a known country.
    pub(crate) fn has_country(&self, iso3: &str) -> bool {
        self.countries.contains(iso3)
    }

    /// Records an error for every unknown code, under `prefix` (`provisions[2]`, or empty).
    pub(crate) fn check(
        &self,
        prefix: &str,
        crime_types: &[crate::domain::TermCode],
        cross_cutting_issues: &[crate::domain::TermCode],
        articles: &[crate::domain::ArticleId],
        errors: &mut Vec<FieldError>,
    ) {
        let path = |member: &str, i: usize| {
            if prefix.is_empty() {
                format!("{member}[{i}]")
            } else {
                format!("{prefix}.{member}[{i}]")
            }
        };
        for (i, c) in crime_types.iter().enumerate() {
            if !self.crime_types.contains(c.as_str()) {
                errors.push(FieldError::new(
                    path("crime_types", i),
                    format!("unknown crime type {c}"),
                ));
            }
        }
        for (i, c) in cross_cutting_issues.iter().enumerate() {
            if !self.cross_cutting_issues.contains(c.as_str()) {
                errors.push(FieldError::new(
                    path("cross_cutting_issues", i),
                    format!("unknown cross-cutting issue {c}"),
                ));
            }
        }
        for (i, a) in articles.iter().enumerate() {
            if !self.articles.contains(a.as_str()) {
                errors.push(FieldError::new(
                    path("articles", i),
                    format!("unknown instrument article {a}"),
                ));
            }
        }
    }
}
