//! How current the directory is: a world map coloured by the share of each State's records
//! confirmed within the last year, drawn on the server from the country shapes of
//! `seed-data/world-map.json`, the table of the States that have records (sorted by a link on
//! each column, the URL keeping the order), the totals of each region, and the CSV download.

use std::collections::HashMap;
use std::sync::LazyLock;

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::api::connection;
use crate::clock::Clock;
use crate::db::{models, Pool};
use crate::domain::freshness::{Counts, FreshnessReport, StateFreshness};
use crate::web::i18n::Lang;
use crate::web::labels;
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::session::SignedIn;
use crate::web::text;

#[derive(Deserialize, Default)]
struct WorldMap {
    width: f64,
    height: f64,
    countries: Vec<Shape>,
}

#[derive(Deserialize)]
struct Shape {
    m49: String,
    d: String,
}

#[derive(Deserialize)]
struct Country {
    iso3: String,
    m49: String,
}

#[derive(Deserialize)]
struct Region {
    m49: String,
    level: String,
    names: HashMap<String, String>,
}

/// The shapes, each with the alpha-3 code of its country.
static SHAPES: LazyLock<(WorldMap, HashMap<String, String>)> = LazyLock::new(|| {
    // Both files are checked by the tests below: a map that did not parse would be empty.
    let map: WorldMap =
        serde_json::from_str(include_str!("../../../seed-data/world-map.json")).unwrap_or_default();
    let countries: Vec<Country> =
        serde_json::from_str(include_str!("../../../seed-data/countries.json")).unwrap_or_default();
    let iso3 = countries.into_iter().map(|c| (c.m49, c.iso3)).collect();
    (map, iso3)
});

/// The names of the M49 regions (continents).
static REGIONS: LazyLock<Vec<Region>> = LazyLock::new(|| {
    let all: Vec<Region> =
        serde_json::from_str(include_str!("../../../seed-data/regions.json")).unwrap_or_default();
    all.into_iter().filter(|r| r.level == "region").collect()
});

/// The class of a share on the map and in the legend.
fn band(share: Option<f64>) -> &'static str {
    match share {
        None => "fresh-none",
        Some(s) if s >= 1.0 => "fresh-4",
        Some(s) if s >= 0.75 => "fresh-3",
        Some(s) if s >= 0.5 => "fresh-2",
        Some(s) if s >= 0.25 => "fresh-1",
        Some(_) => "fresh-0",
    }
}

fn percent(share: Option<f64>) -> String {
    share
        .map(|s| format!("{:.0} %", s * 100.0))
        .unwrap_or_else(|| "—".to_owned())
}

pub struct MapShape {
    pub d: &'static str,
    pub class: &'static str,
    pub label: String,
}

pub struct StateLine {
    pub code: String,
    pub name: String,
    pub total: Counts,
    pub share: String,
    pub class: &'static str,
    pub oldest: String,
    pub last_change: String,
    pub focal_point: bool,
}

pub struct RegionLine {
    pub name: String,
    pub total: Counts,
    pub share: String,
    pub states_with_records: i64,
    pub states_without_focal_point: i64,
}

/// A column the table sorts by, with the link that sorts by it.
pub struct Column {
    pub key: &'static str,
    pub label: String,
    pub href: String,
    /// `ascending` or `descending` when the table is sorted by it.
    pub sorted: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "freshness.html")]
struct FreshnessTemplate {
    page: Page,
    width: f64,
    height: f64,
    shapes: Vec<MapShape>,
    bands: Vec<(&'static str, String)>,
    overall_share: String,
    overall: Counts,
    states_with_records: i64,
    states_without_records: i64,
    states_without_focal_point: i64,
    columns: Vec<Column>,
    lines: Vec<StateLine>,
    regions: Vec<RegionLine>,
    as_of: String,
}

/// The orders the table can be in, by the key of the `sort` parameter.
const SORTS: [&str; 5] = ["share", "country", "stale", "oldest", "active"];

fn sorted(states: &mut [&StateFreshness], key: &str, names: &HashMap<&str, String>) {
    let name = |s: &StateFreshness| names.get(s.country.as_str()).cloned().unwrap_or_default();
    match key {
        "country" => states.sort_by_cached_key(|s| labels::folded(&name(s))),
        "stale" => states.sort_by_key(|s| std::cmp::Reverse(s.total.stale)),
        "oldest" => states.sort_by_key(|s| s.oldest_confirmation),
        "active" => states.sort_by_key(|s| std::cmp::Reverse(s.total.active)),
        _ => states.sort_by(|a, b| {
            a.total
                .share
                .unwrap_or(0.0)
                .total_cmp(&b.total.share.unwrap_or(0.0))
                .then(b.total.stale.cmp(&a.total.stale))
        }),
    }
}

/// `GET /{lang}/freshness?sort=share`.
pub async fn freshness(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, PageError> {
    let query: Vec<(String, String)> =
        serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
    let sort = query
        .iter()
        .find(|(k, _)| k == "sort")
        .map(|(_, v)| v.as_str())
        .and_then(|v| SORTS.iter().find(|s| **s == v).copied())
        .unwrap_or("share");
    let labels = labels::get(&pool).await.or_page(lang)?;
    let now = Clock::of(&req).now();
    let states = {
        let mut conn = connection(&pool).await.or_page(lang)?;
        models::freshness::states(&mut conn, now, None, None)
            .await
            .or_page(lang)?
    };
    let report = FreshnessReport::new(now, states);
    let by_code: HashMap<&str, &StateFreshness> = report
        .states
        .iter()
        .map(|s| (s.country.as_str(), s))
        .collect();
    let names: HashMap<&str, String> = report
        .states
        .iter()
        .map(|s| {
            let name = labels.country(&s.country, lang).to_owned();
            (s.country.as_str(), name)
        })
        .collect();
    let (map, iso3) = &*SHAPES;
    let shapes = map
        .countries
        .iter()
        .map(|shape| {
            let state = iso3.get(&shape.m49).and_then(|c| by_code.get(c.as_str()));
            let share = state.and_then(|s| s.total.share);
            let name = state
                .and_then(|s| names.get(s.country.as_str()))
                .cloned()
                .unwrap_or_default();
            MapShape {
                d: shape.d.as_str(),
                class: band(share),
                label: format!("{name}: {}", percent(share)),
            }
        })
        .collect();
    let mut listed: Vec<&StateFreshness> = report
        .states
        .iter()
        .filter(|s| s.total.active > 0 || s.focal_point)
        .collect();
    sorted(&mut listed, sort, &names);
    let lines = listed
        .iter()
        .map(|s| StateLine {
            code: s.country.clone(),
            name: names.get(s.country.as_str()).cloned().unwrap_or_default(),
            total: s.total,
            share: percent(s.total.share),
            class: band(s.total.share),
            oldest: s
                .oldest_confirmation
                .as_ref()
                .map(text::date)
                .unwrap_or_default(),
            last_change: s.last_change.as_ref().map(text::date).unwrap_or_default(),
            focal_point: s.focal_point,
        })
        .collect();
    let columns = [
        ("country", "freshness-state"),
        ("active", "freshness-records"),
        ("share", "freshness-share"),
        ("stale", "freshness-stale"),
        ("oldest", "freshness-oldest"),
    ]
    .into_iter()
    .map(|(key, label)| Column {
        key,
        label: lang.t(label),
        href: format!("/{}/freshness?sort={key}", lang.code()),
        sorted: (key == sort).then_some(match key {
            "country" | "oldest" | "share" => "ascending",
            _ => "descending",
        }),
    })
    .collect();
    let regions = report
        .regions
        .iter()
        .filter_map(|g| {
            let code = g.region.as_deref()?;
            let region = REGIONS.iter().find(|r| r.m49 == code)?;
            Some(RegionLine {
                name: region
                    .names
                    .get(lang.code())
                    .cloned()
                    .unwrap_or_else(|| code.to_owned()),
                total: g.total,
                share: percent(g.total.share),
                states_with_records: g.states_with_records,
                states_without_focal_point: g.states_without_focal_point,
            })
        })
        .collect();
    let bands = [
        "fresh-0",
        "fresh-1",
        "fresh-2",
        "fresh-3",
        "fresh-4",
        "fresh-none",
    ]
    .into_iter()
    .map(|b| (b, lang.t(&format!("freshness-band-{}", &b[6..]))))
    .collect();
    let overall = &report.overall;
    let template = FreshnessTemplate {
        page: Page::new(&req, lang.t("freshness-title"), user),
        width: map.width,
        height: map.height,
        shapes,
        bands,
        overall_share: percent(overall.total.share),
        overall: overall.total,
        states_with_records: overall.states_with_records,
        states_without_records: overall.states - overall.states_with_records,
        states_without_focal_point: overall.states_without_focal_point,
        columns,
        lines,
        regions,
        as_of: text::date(&now),
    };
    Ok(html(StatusCode::OK, &template, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_fall_in_bands() {
        assert_eq!(band(None), "fresh-none");
        assert_eq!(band(Some(0.0)), "fresh-0");
        assert_eq!(band(Some(0.5)), "fresh-2");
        assert_eq!(band(Some(1.0)), "fresh-4");
    }

    #[test]
    fn every_shape_is_a_country_of_the_reference_data() {
        let (map, iso3) = &*SHAPES;
        assert!(map.countries.len() > 150);
        assert!(map.height > 400.0 && map.height < map.width);
        assert_eq!(REGIONS.len(), 5);
        for shape in &map.countries {
            assert!(iso3.contains_key(&shape.m49), "{}", shape.m49);
            assert!(shape.d.starts_with('M'), "{}", shape.m49);
        }
    }
}
