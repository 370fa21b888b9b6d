//! "Find the authority": the requested State (chosen, or typed in any of the six languages) and
//! the measure (one of the competences) give the authorities designated for it, central first.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use super::home::FindForm;
use super::term;
use crate::api::connection;
use crate::clock::Clock;
use crate::db::models::authority::{self, AuthorityFilter};
use crate::db::Pool;
use crate::domain::visibility::AuthorityView;
use crate::domain::{
    AuthorityKind, AuthorityStatus, CompetenceCode, CountryCode, Designation, LanguageCode,
};
use crate::web::i18n::Lang;
use crate::web::labels::{self, Labels};
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::session::SignedIn;
use crate::web::text::{self, Text};

#[derive(Debug, Default, Deserialize)]
pub struct FindQuery {
    #[serde(default)]
    country: String,
    #[serde(default)]
    measure: String,
}

/// An authority holding the measure, with how it takes requests under it.
pub struct Holder {
    pub id: String,
    pub names: Vec<Text>,
    pub kind: String,
    pub central: bool,
    pub stale: bool,
    pub channels: Vec<String>,
    pub means: Vec<String>,
    pub languages: Vec<String>,
}

impl Holder {
    pub fn of(
        authority: &crate::domain::Authority,
        designation: &Designation,
        lang: Lang,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Holder::from_parts(
            authority.id,
            &authority.names,
            &authority.original_language,
            authority.kind,
            authority.is_stale(now),
            designation,
            lang,
        )
    }

    /// An authority as a caller sees it (a routing answer's), with its designation.
    pub fn of_view(view: &AuthorityView, designation: &Designation, lang: Lang) -> Self {
        Holder::from_parts(
            view.id,
            &view.names,
            &view.original_language,
            view.kind,
            view.stale,
            designation,
            lang,
        )
    }

    fn from_parts(
        id: uuid::Uuid,
        names: &std::collections::BTreeMap<LanguageCode, String>,
        original: &LanguageCode,
        kind: AuthorityKind,
        stale: bool,
        designation: &Designation,
        lang: Lang,
    ) -> Self {
        Holder {
            id: id.to_string(),
            names: text::shown(names, original, lang),
            kind: term(lang, "kind", kind.as_str()),
            central: designation.is_central,
            stale,
            channels: designation
                .channels
                .iter()
                .map(|c| term(lang, "channel", c.as_str()))
                .collect(),
            means: designation
                .means
                .iter()
                .map(|m| term(lang, "means", m.as_str()))
                .collect(),
            languages: designation
                .languages_accepted
                .iter()
                .map(|l| labels::language(l.as_str(), lang))
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "find.html")]
struct FindTemplate {
    page: Page,
    find: FindForm,
    /// The answer, once both fields hold: the State's name, the measure's label, the holders.
    answer: Option<(String, String, String, Vec<Holder>)>,
}

/// `GET /{lang}/find?country=...&measure=...`.
pub async fn find(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, PageError> {
    let query: FindQuery = serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
    let labels = labels::get(&pool).await.or_page(lang)?;
    let mut form = FindForm::new(&labels, lang, query.country.clone(), query.measure.clone());
    let country = resolve_state(
        &labels,
        &query.country,
        lang,
        "find-country-missing",
        &mut form.country,
        &mut form.country_error,
    );
    let measure = resolve_measure(&labels, &query.measure, lang, &mut form.measure_error);
    let mut status = StatusCode::OK;
    let mut answer = None;
    match (country, measure) {
        (Some(country), Some(measure)) => {
            let now = Clock::of(&req).now();
            let filter = AuthorityFilter {
                country: Some(country.clone()),
                competence: Some(measure.clone()),
                status: Some(AuthorityStatus::Active),
                ..AuthorityFilter::default()
            };
            let mut conn = connection(&pool).await.or_page(lang)?;
            let found = authority::list(&mut conn, &filter, now, None, 500)
                .await
                .or_page(lang)?;
            let mut holders: Vec<Holder> = found
                .iter()
                .flat_map(|a| {
                    a.designations
                        .iter()
                        .filter(|d| d.competence == measure)
                        .map(move |d| Holder::of(a, d, lang, now))
                })
                .collect();
            holders.sort_by_key(|h| !h.central);
            answer = Some((
                country.as_str().to_owned(),
                labels.country(country.as_str(), lang).to_owned(),
                labels.competence(measure.as_str(), lang).to_owned(),
                holders,
            ));
        }
        _ if query.country.is_empty() && query.measure.is_empty() => {
            form.country_error = None;
            form.measure_error = None;
        }
        _ => status = StatusCode::BAD_REQUEST,
    }
    let title = match &answer {
        Some((_, country, measure, _)) => format!("{measure} · {country}"),
        None => lang.t("find-title"),
    };
    let page = Page::new(&req, title, user);
    Ok(html(
        status,
        &FindTemplate {
            page,
            find: form,
            answer,
        },
        lang,
    ))
}

/// The State typed or chosen in a form field (a name in any of the six languages, or a code):
/// the code, with the field's value set to its name; or `None` with the field's error set
/// (`missing` names the message for an empty field).
pub fn resolve_state(
    labels: &Labels,
    typed: &str,
    lang: Lang,
    missing: &str,
    shown: &mut String,
    error: &mut Option<String>,
) -> Option<CountryCode> {
    if typed.trim().is_empty() {
        *error = Some(lang.t(missing));
        return None;
    }
    match labels
        .find_country(typed)
        .and_then(|c| CountryCode::parse(&c.code).ok())
    {
        Some(code) => {
            *shown = labels.country(code.as_str(), lang).to_owned();
            Some(code)
        }
        None => {
            *error = Some(lang.t("find-country-unknown"));
            None
        }
    }
}

/// The measure chosen in a form field, or `None` with `error` set.
pub fn resolve_measure(
    labels: &Labels,
    code: &str,
    lang: Lang,
    error: &mut Option<String>,
) -> Option<CompetenceCode> {
    let parsed = CompetenceCode::parse(code)
        .ok()
        .filter(|c| labels.is_competence(c.as_str()));
    if parsed.is_none() {
        *error = Some(lang.t("find-measure-missing"));
    }
    parsed
}
