//! The home page: "where do I send this request?", a search box, and "find the authority"
//! (requested State and measure).

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;

use crate::db::Pool;
use crate::web::i18n::Lang;
use crate::web::labels;
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::session::SignedIn;

/// A code and its label, for a list to choose from.
pub struct Choice {
    pub code: String,
    pub label: String,
}

/// The choices of the "find the authority" form.
pub struct FindForm {
    pub countries: Vec<Choice>,
    pub measures: Vec<Choice>,
    /// What was typed or chosen, shown back.
    pub country: String,
    pub measure: String,
    pub country_error: Option<String>,
    pub measure_error: Option<String>,
}

impl FindForm {
    pub fn new(labels: &labels::Labels, lang: Lang, country: String, measure: String) -> Self {
        FindForm {
            countries: labels
                .countries_by_name(lang)
                .into_iter()
                .map(|c| Choice {
                    code: c.code.clone(),
                    label: c.name(lang).to_owned(),
                })
                .collect(),
            measures: labels
                .competences
                .iter()
                .map(|c| Choice {
                    code: c.code.clone(),
                    label: c.name(lang).to_owned(),
                })
                .collect(),
            country,
            measure,
            country_error: None,
            measure_error: None,
        }
    }
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomeTemplate {
    page: Page,
    route: super::route::RouteForm,
    find: FindForm,
}

/// `GET /{lang}/`.
pub async fn home(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, PageError> {
    let labels = labels::get(&pool).await.or_page(lang)?;
    let page = Page::new(&req, lang.t("home-title"), user);
    let find = FindForm::new(&labels, lang, String::new(), String::new());
    let route = super::route::RouteForm::new(&labels, lang);
    Ok(html(
        StatusCode::OK,
        &HomeTemplate { page, route, find },
        lang,
    ))
}
