//! Search results: hits with snippets, facet filters as links with their counts, and paging. The
//! URL is the whole state, so a results page can be shared and reloaded.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;

use super::term;
use crate::db::Pool;
use crate::domain::{LanguageCode, RecordKind};
use crate::search::{engine::SearchRequest, query, SearchState};
use crate::web::i18n::Lang;
use crate::web::labels::{self, Labels};
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::session::SignedIn;
use crate::web::text::dir_of;

/// Hits per page.
const PER_PAGE: usize = 20;
/// Values shown per facet.
const FACET_VALUES: usize = 12;
/// The filters a results page takes, as they appear in its URL and as the index names them.
const FILTERS: [&str; 6] = [
    "type",
    "country",
    "competence",
    "crime_type",
    "cross_cutting",
    "language",
];

/// The state of a results page: its query, its filters and its page number.
#[derive(Debug, Clone, Default)]
struct State {
    q: String,
    filters: Vec<(&'static str, String)>,
    page: usize,
}

impl State {
    fn read(query_string: &str) -> Self {
        let mut state = State {
            page: 1,
            ..State::default()
        };
        for (key, value) in url::form_urlencoded::parse(query_string.as_bytes()) {
            let value = value.trim().to_owned();
            match key.as_ref() {
                "q" => state.q = value,
                "page" => state.page = value.parse().unwrap_or(1).max(1),
                name => {
                    if let Some(filter) = FILTERS.iter().find(|f| **f == name) {
                        if !value.is_empty() && !state.filters.iter().any(|(f, _)| f == filter) {
                            state.filters.push((filter, value));
                        }
                    }
                }
            }
        }
        state
    }

    /// The URL of this state changed by `change`, back on the first page.
    fn url(&self, lang: Lang, change: impl FnOnce(&mut State)) -> String {
        let mut next = self.clone();
        next.page = 1;
        change(&mut next);
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        if !next.q.is_empty() {
            query.append_pair("q", &next.q);
        }
        for (name, value) in &next.filters {
            query.append_pair(name, value);
        }
        if next.page > 1 {
            query.append_pair("page", &next.page.to_string());
        }
        format!("/{}/search?{}", lang.code(), query.finish())
    }

    fn value(&self, filter: &str) -> Option<&str> {
        self.filters
            .iter()
            .find(|(f, _)| *f == filter)
            .map(|(_, v)| v.as_str())
    }
}

pub struct HitRow {
    pub href: String,
    pub kind: String,
    pub title: String,
    pub lang: String,
    pub dir: &'static str,
    pub country: String,
    /// Escaped text with `<mark>` around the matched words, from the index.
    pub snippet: String,
}

pub struct FacetValue {
    pub label: String,
    pub count: u64,
    pub href: String,
    pub active: bool,
}

pub struct Facet {
    pub title: String,
    pub values: Vec<FacetValue>,
}

/// A filter in force, with the link that removes it.
pub struct ActiveFilter {
    pub label: String,
    pub remove: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchTemplate {
    page: Page,
    q: String,
    /// The filters in force, carried by the search form as hidden fields.
    hidden: Vec<(&'static str, String)>,
    active: Vec<ActiveFilter>,
    total: usize,
    hits: Vec<HitRow>,
    facets: Vec<Facet>,
    previous: Option<String>,
    next: Option<String>,
    from: usize,
    to: usize,
    error: Option<String>,
}

fn label(labels: &Labels, lang: Lang, facet: &str, value: &str) -> String {
    match facet {
        "type" => term(lang, "type", value),
        "country" => labels.country(value, lang).to_owned(),
        "competence" => labels.competence(value, lang).to_owned(),
        "crime_type" => labels.crime_type(value, lang).to_owned(),
        "cross_cutting" => labels.cross_cutting(value, lang).to_owned(),
        "language" => labels::language(value, lang),
        _ => value.to_owned(),
    }
}

/// Whether `value` is a code the filter knows.
fn known(labels: &Labels, facet: &str, value: &str) -> bool {
    match facet {
        "type" => RecordKind::parse(value).is_some_and(|e| RecordKind::SEARCHED.contains(&e)),
        "country" => labels.find_country(value).is_some_and(|c| c.code == value),
        "competence" => labels.is_competence(value),
        "crime_type" => labels.crime_types.iter().any(|c| c.code == value),
        "cross_cutting" => labels.cross_cutting.iter().any(|c| c.code == value),
        "language" => LanguageCode::parse(value).is_ok(),
        _ => false,
    }
}

fn href(kind: &str, record_id: &str, id: &str, lang: Lang) -> String {
    match kind {
        "authority" => format!("/{}/authorities/{record_id}", lang.code()),
        "legislation" => format!("/{}/legislation/{record_id}#p-{id}", lang.code()),
        _ => format!("/{}/cases/{record_id}", lang.code()),
    }
}

/// `GET /{lang}/search?q=...&country=...&page=2`.
pub async fn search(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    search: web::Data<SearchState>,
) -> Result<HttpResponse, PageError> {
    let state = State::read(req.query_string());
    let labels = labels::get(&pool).await.or_page(lang)?;
    let mut template = SearchTemplate {
        page: Page::new(&req, lang.t("search-title"), user),
        q: state.q.clone(),
        hidden: state.filters.clone(),
        active: state
            .filters
            .iter()
            .map(|(name, value)| ActiveFilter {
                label: format!(
                    "{}: {}",
                    lang.t(&format!("facet-{name}")),
                    label(&labels, lang, name, value)
                ),
                remove: state.url(lang, |s| s.filters.retain(|(f, _)| f != name)),
            })
            .collect(),
        total: 0,
        hits: Vec::new(),
        facets: Vec::new(),
        previous: None,
        next: None,
        from: 0,
        to: 0,
        error: None,
    };
    if !state.q.is_empty() {
        template.page.title = format!("{} · {}", state.q, lang.t("search-title"));
    }
    let parsed = query::parse(&state.q);
    let unknown = state
        .filters
        .iter()
        .find(|(name, value)| !known(&labels, name, value));
    let user_query = match (parsed, unknown) {
        (Err(e), _) => {
            template.error = Some(format!("{}: {e}", lang.t("search-invalid")));
            return Ok(html(StatusCode::BAD_REQUEST, &template, lang));
        }
        (_, Some((name, _))) => {
            template.error = Some(format!(
                "{}: {}",
                lang.t("search-invalid"),
                lang.t(&format!("facet-{name}"))
            ));
            return Ok(html(StatusCode::BAD_REQUEST, &template, lang));
        }
        (Ok(parsed), None) => parsed,
    };
    let offset = (state.page - 1).saturating_mul(PER_PAGE);
    if offset > crate::api::search::get::MAX_DEPTH {
        template.error = Some(lang.t("search-too-deep"));
        return Ok(html(StatusCode::BAD_REQUEST, &template, lang));
    }
    if !search.is_ready() {
        return Err(PageError::from_api(
            lang,
            crate::error::ApiError::Unavailable("the search index is catching up".into()),
        ));
    }
    let request = SearchRequest {
        query: user_query,
        filters: state
            .filters
            .iter()
            .map(|(name, value)| (*name, vec![value.clone()]))
            .collect(),
        prefer: Some(lang.code().to_owned()),
        offset,
        limit: PER_PAGE,
    };
    let results = search.run(request).await.or_page(lang)?;
    template.total = results.total;
    template.hits = results
        .hits
        .iter()
        .map(|h| HitRow {
            href: href(&h.kind, &h.record_id, &h.id, lang),
            kind: term(lang, "type", &h.kind),
            title: h.title.clone(),
            lang: h.language.clone(),
            dir: dir_of(&h.language),
            country: labels.country(&h.country, lang).to_owned(),
            snippet: h.snippet.clone(),
        })
        .collect();
    template.facets = FILTERS
        .iter()
        .filter_map(|name| {
            let values = results.facets.get(name)?;
            let active = state.value(name);
            let values: Vec<FacetValue> = values
                .iter()
                .take(FACET_VALUES)
                .map(|(value, count)| FacetValue {
                    label: label(&labels, lang, name, value),
                    count: *count,
                    href: state.url(lang, |s| {
                        s.filters.retain(|(f, _)| f != name);
                        if active != Some(value.as_str()) {
                            s.filters.push((name, value.clone()));
                        }
                    }),
                    active: active == Some(value.as_str()),
                })
                .collect();
            (!values.is_empty()).then(|| Facet {
                title: lang.t(&format!("facet-{name}")),
                values,
            })
        })
        .collect();
    template.from = if results.hits.is_empty() {
        0
    } else {
        offset + 1
    };
    template.to = offset + results.hits.len();
    let end = template.to;
    if state.page > 1 {
        template.previous = Some(state.url(lang, |s| s.page = state.page - 1));
    }
    if end < results.total && end < crate::api::search::get::MAX_DEPTH {
        template.next = Some(state.url(lang, |s| s.page = state.page + 1));
    }
    Ok(html(StatusCode::OK, &template, lang))
}
