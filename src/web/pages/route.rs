//! "Where do I send this request?": the form (requesting State, requested State, measure, the
//! offence, urgency), the answer page (to whom, how, in which language, on which basis, what it
//! must contain, what to watch out for) and the draft download, in the six languages. The answer is
//! the one `GET /v1/route` gives ([`crate::routing::route`]); the draft is `POST /v1/route/draft`'s.

use std::collections::BTreeMap;

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;
use fluent_bundle::FluentValue;
use serde::Deserialize;

use super::caller_of;
use super::find::{resolve_measure, resolve_state, Holder};
use super::home::Choice;
use crate::api::connection;
use crate::api::route::draft::{attachment, DraftFormat};
use crate::clock::Clock;
use crate::db::Pool;
use crate::domain::TermCode;
use crate::routing::{self, Route, RouteQuestion};
use crate::web::i18n::Lang;
use crate::web::labels::{self, Labels};
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::session::SignedIn;

/// The fields of the form, as typed or chosen.
#[derive(Debug, Default, Deserialize)]
pub struct RouteQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    measure: String,
    #[serde(default)]
    crime_type: String,
    #[serde(default)]
    urgent: String,
}

/// The form, with its choices and what was entered.
pub struct RouteForm {
    pub countries: Vec<Choice>,
    pub measures: Vec<Choice>,
    pub crime_types: Vec<Choice>,
    pub from: String,
    pub to: String,
    pub measure: String,
    pub crime_type: String,
    pub urgent: bool,
    pub from_error: Option<String>,
    pub to_error: Option<String>,
    pub measure_error: Option<String>,
}

impl RouteForm {
    pub fn new(labels: &Labels, lang: Lang) -> Self {
        let choices = |list: &[labels::Labelled]| {
            list.iter()
                .map(|c| Choice {
                    code: c.code.clone(),
                    label: c.name(lang).to_owned(),
                })
                .collect()
        };
        RouteForm {
            countries: labels
                .countries_by_name(lang)
                .into_iter()
                .map(|c| Choice {
                    code: c.code.clone(),
                    label: c.name(lang).to_owned(),
                })
                .collect(),
            measures: choices(&labels.competences),
            crime_types: choices(&labels.crime_types),
            from: String::new(),
            to: String::new(),
            measure: String::new(),
            crime_type: String::new(),
            urgent: false,
            from_error: None,
            to_error: None,
            measure_error: None,
        }
    }
}

/// One authority of the answer, as shown.
pub struct Addressee {
    pub rank: usize,
    pub reason: String,
    pub holder: Holder,
    pub requirements: Option<String>,
    pub urgent_procedure: Option<String>,
    pub original_by_post: bool,
}

/// One legal basis, as shown.
pub struct BasisShown {
    pub citation: String,
    pub caveats: Vec<String>,
}

/// One item of the checklist, as shown.
pub struct ItemShown {
    pub code: String,
    pub title: String,
    pub reference: String,
    pub reason: String,
    pub required: bool,
    /// The State's own words, when the item is its requirements (shown as entered).
    pub own: bool,
}

/// The answer, as shown.
pub struct Answer {
    pub heading: String,
    pub warnings: Vec<String>,
    pub addressees: Vec<Addressee>,
    pub languages: String,
    pub translation: Option<String>,
    pub bases: Vec<BasisShown>,
    pub basis_note: Option<String>,
    pub provisions: Vec<(String, String, String)>,
    pub checklist: Vec<ItemShown>,
    /// The question as hidden fields of the draft form.
    pub hidden: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "route.html")]
struct RouteTemplate {
    page: Page,
    route: RouteForm,
    answer: Option<Answer>,
}

/// A message with the requesting and requested States and one name.
fn say(lang: Lang, key: &str, from: &str, to: &str, name: &str) -> String {
    lang.t_with(
        key,
        &[
            ("from", FluentValue::from(from)),
            ("to", FluentValue::from(to)),
            ("name", FluentValue::from(name)),
        ],
    )
}

fn show(route: &Route, labels: &Labels, lang: Lang) -> Answer {
    let q = &route.question;
    let (from, to) = (
        labels.country(q.from.as_str(), lang).to_owned(),
        labels.country(q.to.as_str(), lang).to_owned(),
    );
    let measure = labels.competence(q.measure.as_str(), lang).to_owned();
    let name_of = |id: &str| {
        route
            .authorities
            .iter()
            .find(|a| a.authority.id.to_string() == id)
            .map(|a| {
                crate::web::text::shown(&a.authority.names, &a.authority.original_language, lang)
                    .first()
                    .map(|t| t.text.clone())
                    .unwrap_or_default()
            })
            .unwrap_or_default()
    };
    let warnings = route
        .warnings
        .iter()
        .map(|w| {
            let about = w.about.clone().unwrap_or_default();
            let name = match w.code.as_str() {
                "stale_record" => name_of(&about),
                "no_treaty_records" => labels.country(&about, lang).to_owned(),
                "treaty_required_for_extradition" => about
                    .parse::<crate::domain::treaty::Instrument>()
                    .map(|i| i.short_title().to_owned())
                    .unwrap_or(about),
                _ => String::new(),
            };
            say(
                lang,
                &format!("route-warning-{}", w.code),
                &from,
                &to,
                &name,
            )
        })
        .collect();
    let addressees = route
        .authorities
        .iter()
        .map(|a| {
            let designation = a
                .designation
                .clone()
                .unwrap_or_else(|| crate::domain::Designation {
                    competence: q.measure.clone(),
                    legal_bases: Vec::new(),
                    is_central: false,
                    scope_note: None,
                    channels: Vec::new(),
                    means: Vec::new(),
                    languages_accepted: Vec::new(),
                    original_by_post_required: false,
                    urgent_procedure: None,
                    untoc_as_legal_basis: None,
                    untoc_legal_basis_note: None,
                    legal_requirements: None,
                    notification_ref: None,
                });
            Addressee {
                rank: a.rank,
                reason: lang.t(&format!(
                    "route-reason-{}",
                    serde_json::to_value(a.reason)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default()
                )),
                holder: Holder::of_view(&a.authority, &designation, lang),
                requirements: designation.legal_requirements.clone(),
                urgent_procedure: designation.urgent_procedure.clone(),
                original_by_post: designation.original_by_post_required,
            }
        })
        .collect();
    let languages = route
        .languages
        .accepted
        .iter()
        .map(|l| labels::language(l.as_str(), lang))
        .collect::<Vec<_>>()
        .join(", ");
    let translation = route.languages.translation_needed.map(|needed| {
        say(
            lang,
            if needed {
                "route-translation-needed"
            } else {
                "route-translation-not-needed"
            },
            &from,
            &to,
            "",
        )
    });
    let bases = route
        .legal_bases
        .iter()
        .map(|b| BasisShown {
            citation: b.citation.clone(),
            caveats: b
                .caveats
                .iter()
                .map(|c| say(lang, &format!("route-caveat-{}", c.code), &from, &to, ""))
                .collect(),
        })
        .collect();
    let basis_note = route
        .legal_basis_note
        .as_ref()
        .map(|_| say(lang, "route-no-basis", &from, &to, ""));
    let provisions = route
        .requirements
        .provisions
        .iter()
        .map(|p| {
            (
                p.law_id.to_string(),
                format!("{} · {}", p.law_title, p.number),
                p.article.clone(),
            )
        })
        .collect();
    let checklist = route
        .checklist
        .iter()
        .map(|i| {
            let own = i.code == "requested_state_requirements";
            ItemShown {
                code: i.code.clone(),
                title: if own {
                    i.text.clone()
                } else {
                    lang.t(&format!("route-item-{}", i.code))
                },
                reference: i.reference.clone(),
                reason: if own {
                    lang.t("route-item-own")
                } else {
                    lang.t(&format!("route-why-{}", i.code))
                },
                required: i.required,
                own,
            }
        })
        .collect();
    let mut hidden = vec![
        ("from", q.from.as_str().to_owned()),
        ("to", q.to.as_str().to_owned()),
        ("measure", q.measure.as_str().to_owned()),
    ];
    if let Some(c) = &q.crime_type {
        hidden.push(("crime_type", c.as_str().to_owned()));
    }
    if q.urgent {
        hidden.push(("urgent", "on".to_owned()));
    }
    Answer {
        heading: say(lang, "route-heading", &from, &to, &measure),
        warnings,
        addressees,
        languages,
        translation,
        bases,
        basis_note,
        provisions,
        checklist,
        hidden,
    }
}

/// Reads the form: every problem by its field. `None` when a field is missing or unknown.
fn question(
    labels: &Labels,
    query: &RouteQuery,
    lang: Lang,
    form: &mut RouteForm,
) -> Option<RouteQuestion> {
    let from = resolve_state(
        labels,
        &query.from,
        lang,
        "route-state-missing",
        &mut form.from,
        &mut form.from_error,
    );
    let to = resolve_state(
        labels,
        &query.to,
        lang,
        "route-state-missing",
        &mut form.to,
        &mut form.to_error,
    );
    if from.is_some() && from == to {
        form.to_error = Some(lang.t("route-same-state"));
    }
    let measure = resolve_measure(labels, &query.measure, lang, &mut form.measure_error);
    let crime_type = TermCode::parse(&query.crime_type)
        .ok()
        .filter(|c| labels.crime_types.iter().any(|t| t.code == c.as_str()));
    form.crime_type = crime_type
        .as_ref()
        .map(|c| c.as_str().to_owned())
        .unwrap_or_default();
    match (from, to, measure) {
        (Some(from), Some(to), Some(measure)) if from != to => Some(RouteQuestion {
            from,
            to,
            measure,
            urgent: form.urgent,
            crime_type,
        }),
        _ => None,
    }
}

/// `GET /{lang}/route?from=...&to=...&measure=...`.
pub async fn route(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, PageError> {
    let query: RouteQuery = serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
    let labels = labels::get(&pool).await.or_page(lang)?;
    let mut form = RouteForm::new(&labels, lang);
    form.from.clone_from(&query.from);
    form.to.clone_from(&query.to);
    form.measure.clone_from(&query.measure);
    form.urgent = !query.urgent.is_empty();
    let blank = query.from.is_empty() && query.to.is_empty() && query.measure.is_empty();
    let asked = question(&labels, &query, lang, &mut form);
    let mut status = StatusCode::OK;
    let mut answer = None;
    match asked {
        Some(asked) => {
            let now = Clock::of(&req).now();
            let caller = caller_of(&user);
            let mut conn = connection(&pool).await.or_page(lang)?;
            let found = routing::route(&mut conn, &caller, asked, now)
                .await
                .or_page(lang)?;
            answer = Some(show(&found, &labels, lang));
        }
        None if blank => {
            form.from_error = None;
            form.to_error = None;
            form.measure_error = None;
        }
        None => status = StatusCode::BAD_REQUEST,
    }
    let title = answer
        .as_ref()
        .map_or_else(|| lang.t("route-title"), |a| a.heading.clone());
    let page = Page::new(&req, title, user);
    Ok(html(
        status,
        &RouteTemplate {
            page,
            route: form,
            answer,
        },
        lang,
    ))
}

/// `POST /{lang}/route/draft`: the draft of the answer, as a DOCX or Markdown download. Nothing
/// is stored or logged; there is nothing to protect from a forged form (it changes nothing), so
/// it takes no CSRF token and works signed out.
pub async fn route_draft(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, PageError> {
    let fields: BTreeMap<String, String> = form.into_inner().into_iter().collect();
    let field = |name: &str| fields.get(name).cloned().unwrap_or_default();
    let query = RouteQuery {
        from: field("from"),
        to: field("to"),
        measure: field("measure"),
        crime_type: field("crime_type"),
        urgent: field("urgent"),
    };
    let labels = labels::get(&pool).await.or_page(lang)?;
    let mut form = RouteForm::new(&labels, lang);
    form.urgent = !query.urgent.is_empty();
    let Some(asked) = question(&labels, &query, lang, &mut form) else {
        return Err(PageError::bad_request(lang, ""));
    };
    let particulars: BTreeMap<String, String> = fields
        .iter()
        .filter_map(|(k, v)| {
            k.strip_prefix("p.")
                .filter(|_| !v.trim().is_empty())
                .map(|code| (code.to_owned(), v.chars().take(20_000).collect()))
        })
        .collect();
    let reference = fields
        .get("reference")
        .map(|r| r.trim().chars().take(200).collect::<String>())
        .filter(|r| !r.is_empty());
    let caller = caller_of(&user);
    let mut conn = connection(&pool).await.or_page(lang)?;
    let found = routing::route(&mut conn, &caller, asked, Clock::of(&req).now())
        .await
        .or_page(lang)?;
    drop(conn);
    let preferred = crate::domain::LanguageCode::parse(lang.code()).ok();
    let format = if field("format") == "markdown" {
        DraftFormat::Markdown
    } else {
        DraftFormat::Docx
    };
    attachment(
        &found,
        preferred.as_ref(),
        reference.as_deref(),
        &particulars,
        format,
    )
    .map_err(|_| {
        PageError::new(
            lang,
            StatusCode::INTERNAL_SERVER_ERROR,
            "error-internal",
            "",
        )
    })
}
