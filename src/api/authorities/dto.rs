//! Authority responses. What a caller may see of an authority is [`AuthorityView`], built only by
//! [`crate::domain::visibility::authority_view`]; a single record (read or written) is answered as
//! [`AuthorityDetail`], the view with its linked legislation.

pub use crate::domain::visibility::AuthorityView;

use crate::api::pagination::page_type;

page_type!(AuthorityPage, AuthorityView);

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::db::{models, Conn};
use crate::domain::{legislation, Authority, LanguageCode};
use crate::error::ApiError;

/// A national provision that implements an article the authority's designations cite.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LegislationLink {
    /// See `GET /v1/legislation/{id}`.
    pub law_id: Uuid,
    /// The law's title (English if given).
    pub law_title: String,
    pub provision_id: Uuid,
    pub number: String,
    /// The instrument article the provision implements, e.g. `UNTOC-18`.
    pub article: String,
}

/// One authority, with the national legislation its designations rest on where it is known.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuthorityDetail {
    #[serde(flatten)]
    pub authority: AuthorityView,
    /// Provisions of the State's law implementing the instrument articles cited by the designations'
    /// legal bases.
    pub legislation: Vec<LegislationLink>,
}

/// The provisions of the authority's State that implement the articles its designations cite.
pub async fn legislation_links(
    conn: &mut Conn,
    authority: &Authority,
) -> Result<Vec<LegislationLink>, ApiError> {
    let cited: HashSet<(&str, &str)> = authority
        .designations
        .iter()
        .flat_map(|d| {
            d.legal_bases
                .iter()
                .map(move |b| (d.competence.as_str(), b.as_str()))
        })
        .collect();
    if cited.is_empty() {
        return Ok(Vec::new());
    }
    let mut articles: Vec<String> = models::competence::list(conn)
        .await?
        .into_iter()
        .flat_map(|(_, bases)| bases)
        .filter(|b| cited.contains(&(b.competence_code.as_str(), b.citation.as_str())))
        .filter_map(|b| b.article_id)
        .collect();
    articles.sort();
    articles.dedup();
    let rows = models::law::implementing(conn, authority.country.as_str(), &articles).await?;
    let mut titles: HashMap<Uuid, String> = HashMap::new();
    let mut links = Vec::new();
    for (law_id, title, original, provision_id, number, article) in rows {
        let law_title = match titles.get(&law_id) {
            Some(t) => t.clone(),
            None => {
                let texts: legislation::Texts =
                    serde_json::from_value(title).map_err(|e| ApiError::Internal(e.into()))?;
                let original =
                    LanguageCode::parse(&original).map_err(|e| ApiError::Internal(e.into()))?;
                let t = legislation::display(&texts, &original).to_owned();
                titles.insert(law_id, t.clone());
                t
            }
        };
        links.push(LegislationLink {
            law_id,
            law_title,
            provision_id,
            number,
            article,
        });
    }
    Ok(links)
}
