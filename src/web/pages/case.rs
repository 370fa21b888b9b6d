//! A case: the decision, its court and date, what it is about, the cooperation it used, its
//! parties and charges, and the provisions it applies.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;

use super::{caller_of, load, term};
use crate::api::records::Resource;
use crate::clock::Clock;
use crate::db::Pool;
use crate::domain::case::Case;
use crate::web::i18n::Lang;
use crate::web::labels;
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::session::SignedIn;
use crate::web::text::{self, Text};

pub struct ChargeRow {
    pub offence: String,
    pub statute: Option<String>,
    /// (law id, label) of the provision applied, when it is in the database.
    pub provision: Option<(String, String)>,
    pub verdict: String,
    pub sentence: Option<String>,
}

#[derive(Template)]
#[template(path = "case.html")]
struct CaseTemplate {
    page: Page,
    titles: Vec<Text>,
    reference: String,
    country: String,
    country_name: String,
    court: String,
    decision_date: String,
    decision_type: String,
    summary: Vec<Text>,
    commentary: Vec<Text>,
    tags: Vec<String>,
    articles: Vec<String>,
    cooperation: Vec<String>,
    counterparts: Vec<(String, String)>,
    parties: Vec<String>,
    charges: Vec<ChargeRow>,
}

/// `GET /{lang}/cases/{id}`.
pub async fn case(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let labels = labels::get(&pool).await.or_page(lang)?;
    let (mut conn, record) = load::<Case>(&pool, lang, &path).await?;
    let view = Case::view(&mut conn, &caller_of(&user), record, Clock::of(&req).now())
        .await
        .or_page(lang)?;
    let c = &view.case;
    let original = &c.original_language;
    let charges = c
        .charges
        .iter()
        .map(|ch| ChargeRow {
            offence: ch.offence.clone(),
            statute: ch.statute.clone(),
            provision: ch.provision_id.and_then(|pid| {
                view.provisions_applied
                    .iter()
                    .find(|p| p.provision_id == pid)
                    .map(|p| {
                        (
                            p.law_id.to_string(),
                            format!("{} {}", p.law_title, p.number),
                        )
                    })
            }),
            verdict: term(lang, "verdict", ch.verdict.as_str()),
            sentence: ch.sentence.clone(),
        })
        .collect();
    let parties = c
        .parties
        .iter()
        .map(|p| {
            let mut line = format!(
                "{} × {} ({})",
                p.count,
                term(lang, "party", p.role.as_str()),
                term(lang, "entity", p.entity_type.as_str())
            );
            if let Some(n) = &p.nationality {
                line.push_str(&format!(" · {}", labels.country(n.as_str(), lang)));
            }
            line
        })
        .collect();
    let template = CaseTemplate {
        page: Page::new(&req, text::title(&c.title, original, lang), user),
        titles: text::shown(&c.title, original, lang),
        reference: c.reference.clone(),
        country: c.country.as_str().to_owned(),
        country_name: labels.country(c.country.as_str(), lang).to_owned(),
        court: c.court.clone(),
        decision_date: c.decision_date.to_string(),
        decision_type: term(lang, "decision", c.decision_type.as_str()),
        summary: text::shown(&c.summary, original, lang),
        commentary: text::shown(&c.commentary, original, lang),
        tags: c
            .crime_types
            .iter()
            .map(|t| labels.crime_type(t.as_str(), lang).to_owned())
            .chain(
                c.cross_cutting_issues
                    .iter()
                    .map(|t| labels.cross_cutting(t.as_str(), lang).to_owned()),
            )
            .collect(),
        articles: c.articles.iter().map(|a| a.as_str().to_owned()).collect(),
        cooperation: c
            .cooperation_used
            .iter()
            .map(|k| term(lang, "cooperation", k.as_str()))
            .collect(),
        counterparts: c
            .counterpart_countries
            .iter()
            .map(|k| {
                (
                    k.as_str().to_owned(),
                    labels.country(k.as_str(), lang).to_owned(),
                )
            })
            .collect(),
        parties,
        charges,
    };
    Ok(html(StatusCode::OK, &template, lang))
}
