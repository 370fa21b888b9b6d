//! A law: its title, type, status, date and provisions, each with the instrument articles it
//! implements, its tags and the cases that apply it.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;

use super::{caller_of, load, term};
use crate::api::records::Resource;
use crate::clock::Clock;
use crate::db::Pool;
use crate::domain::legislation::Law;
use crate::web::i18n::Lang;
use crate::web::labels;
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::session::SignedIn;
use crate::web::text::{self, Text};

pub struct ProvisionBlock {
    pub id: String,
    pub number: String,
    pub heading: Vec<Text>,
    pub text: Vec<Text>,
    pub articles: Vec<String>,
    pub tags: Vec<String>,
    /// (case id, reference).
    pub cases: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "law.html")]
struct LawTemplate {
    page: Page,
    titles: Vec<Text>,
    country: String,
    country_name: String,
    law_type: String,
    status: String,
    enacted_on: Option<String>,
    official_url: Option<String>,
    provisions: Vec<ProvisionBlock>,
}

/// `GET /{lang}/legislation/{id}`.
pub async fn law(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let labels = labels::get(&pool).await.or_page(lang)?;
    let (mut conn, record) = load::<Law>(&pool, lang, &path).await?;
    let view = Law::view(&mut conn, &caller_of(&user), record, Clock::of(&req).now())
        .await
        .or_page(lang)?;
    let original = &view.original_language;
    let provisions = view
        .provisions
        .iter()
        .map(|p| ProvisionBlock {
            id: p.provision.id.to_string(),
            number: p.provision.number.clone(),
            heading: text::shown(&p.provision.heading, original, lang),
            text: text::shown(&p.provision.text, original, lang),
            articles: p
                .provision
                .articles
                .iter()
                .map(|a| a.as_str().to_owned())
                .collect(),
            tags: p
                .provision
                .crime_types
                .iter()
                .map(|c| labels.crime_type(c.as_str(), lang).to_owned())
                .chain(
                    p.provision
                        .cross_cutting_issues
                        .iter()
                        .map(|c| labels.cross_cutting(c.as_str(), lang).to_owned()),
                )
                .collect(),
            cases: p
                .cases
                .iter()
                .map(|c| (c.id.to_string(), c.reference.clone()))
                .collect(),
        })
        .collect();
    let template = LawTemplate {
        page: Page::new(&req, text::title(&view.title, original, lang), user),
        titles: text::shown(&view.title, original, lang),
        country: view.country.as_str().to_owned(),
        country_name: labels.country(view.country.as_str(), lang).to_owned(),
        law_type: term(lang, "law-type", view.law_type.as_str()),
        status: term(lang, "law-status", view.status.as_str()),
        enacted_on: view.enacted_on.map(|d| d.to_string()),
        official_url: view
            .official_url
            .clone()
            .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
        provisions,
    };
    Ok(html(StatusCode::OK, &template, lang))
}
