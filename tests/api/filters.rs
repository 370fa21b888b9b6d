//! Every filter of every list and of search refuses a code that names nothing (400 naming the
//! parameter), and a cursor only continues the list it was made for.

use crate::helpers::{assert_invalid_parameter, spawn_app};

/// Each list or search route with each of its code filters.
const CODE_FILTERS: &[(&str, &[&str])] = &[
    ("/v1/authorities", &["country", "region", "competence"]),
    (
        "/v1/legislation",
        &[
            "country",
            "region",
            "crime_type",
            "cross_cutting",
            "article",
        ],
    ),
    (
        "/v1/cases",
        &[
            "country",
            "region",
            "crime_type",
            "cross_cutting",
            "article",
        ],
    ),
    (
        "/v1/search",
        &[
            "country",
            "region",
            "competence",
            "crime_type",
            "cross_cutting",
            "article",
        ],
    ),
    ("/v1/countries", &["region"]),
    (
        "/v1/treaties",
        &["country", "region", "instrument", "status"],
    ),
];

/// A well-formed code of each filter that is not in the reference data.
fn unknown_code(filter: &str) -> &'static str {
    match filter {
        "country" => "XXZ",
        "region" => "999",
        "competence" => "NOPE",
        "crime_type" | "cross_cutting" => "NOPE",
        "article" => "UNTOC-999",
        "instrument" => "ETS_999",
        "status" => "ratified",
        other => panic!("no unknown code for {other}"),
    }
}

/// A code of each filter that the reference data holds.
fn known_code(filter: &str) -> &'static str {
    match filter {
        "country" => "KEN",
        "region" => "002",
        "competence" => "MLA",
        "crime_type" => "MONEY_LAUNDERING",
        "cross_cutting" => "INTERNATIONAL_COOPERATION",
        "article" => "UNTOC-18",
        "instrument" => "UNCAC",
        "status" => "party",
        other => panic!("no known code for {other}"),
    }
}

#[tokio::test]
async fn an_unknown_code_in_any_filter_is_a_400_naming_the_parameter() {
    let app = spawn_app().await;
    for (route, filters) in CODE_FILTERS {
        for filter in *filters {
            let code = unknown_code(filter);
            assert_invalid_parameter(&app, &format!("{route}?{filter}={code}"), filter).await;
            // An empty value is refused, not read as no filter.
            assert_invalid_parameter(&app, &format!("{route}?{filter}="), filter).await;
            let (status, body) = app
                .get_json(&format!("{route}?{filter}={}", known_code(filter)))
                .await;
            assert_eq!(status, 200, "{route}?{filter}: {body}");
        }
        // An empty cursor is the first page.
        let (status, body) = app.get_json(&format!("{route}?cursor=")).await;
        assert_eq!(status, 200, "{route}?cursor=: {body}");
    }
}

#[tokio::test]
async fn the_known_codes_of_these_tests_are_in_the_reference_data() {
    let app = spawn_app().await;
    for (route, code) in [
        ("/v1/crime-types", known_code("crime_type")),
        ("/v1/cross-cutting-issues", known_code("cross_cutting")),
        ("/v1/competences", known_code("competence")),
    ] {
        let items = app.collect(route, 200).await;
        assert!(
            items.iter().any(|t| t["code"] == code),
            "{route} has no {code}"
        );
    }
}

/// Two pages of `path` (which has a query string): the second asked with `other` filters instead.
async fn cursor_used_with(app: &crate::helpers::TestApp, path: &str, other: &str) -> String {
    let (status, body) = app.get_json(&format!("{path}&limit=1")).await;
    assert_eq!(status, 200, "{path}: {body}");
    let cursor = body["next_cursor"]
        .as_str()
        .unwrap_or_else(|| panic!("{path} has a second page: {body}"))
        .to_owned();
    // The same filters, written differently, continue the list.
    let (status, body) = app
        .get_json(&format!("{path}&limit=1&cursor={cursor}"))
        .await;
    assert_eq!(status, 200, "{path} continued: {body}");
    format!("{other}limit=1&cursor={cursor}")
}

#[tokio::test]
async fn a_cursor_used_with_other_filters_is_a_400() {
    let app = spawn_app().await;
    for (path, other) in [
        ("/v1/authorities?stale=false", "/v1/authorities?"),
        ("/v1/authorities?stale=false", "/v1/authorities?stale=true&"),
        (
            "/v1/authorities?country=ken",
            "/v1/authorities?country=UGA&",
        ),
        ("/v1/legislation?region=002", "/v1/legislation?"),
        (
            "/v1/treaties?instrument=UNTOC",
            "/v1/treaties?instrument=UNCAC&",
        ),
        ("/v1/cases?region=002", "/v1/cases?region=150&"),
        ("/v1/countries?region=002", "/v1/countries?"),
        ("/v1/search?q=authority", "/v1/search?q=court&"),
        ("/v1/search?type=authority", "/v1/search?type=case&"),
    ] {
        let reused = cursor_used_with(&app, path, other).await;
        assert_invalid_parameter(&app, &reused, "cursor").await;
    }
    // Letter case and spelling of a filter do not change the list it names.
    let (_, body) = app.get_json("/v1/authorities?country=ken&limit=1").await;
    let cursor = body["next_cursor"].as_str().expect("a second page");
    let (status, body) = app
        .get_json(&format!(
            "/v1/authorities?country=KEN&limit=1&cursor={cursor}"
        ))
        .await;
    assert_eq!(status, 200, "{body}");
}
