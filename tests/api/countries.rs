use std::collections::HashSet;

use crate::helpers::{assert_invalid_parameter, assert_problem, spawn_app};

#[tokio::test]
async fn every_country_is_listed_once_with_six_names() {
    let app = spawn_app().await;
    let countries = app.collect("/v1/countries", 50).await;
    assert_eq!(countries.len(), 249, "ISO 3166-1 has 249 entries");
    let codes: Vec<&str> = countries
        .iter()
        .map(|c| c["iso3"].as_str().unwrap())
        .collect();
    let mut sorted = codes.clone();
    sorted.sort();
    assert_eq!(codes, sorted, "ordered by alpha-3 code");
    assert_eq!(
        codes.iter().collect::<HashSet<_>>().len(),
        249,
        "no duplicates"
    );
    for country in &countries {
        for lang in ["ar", "zh", "en", "es", "fr", "ru"] {
            assert!(
                country["names"][lang]
                    .as_str()
                    .is_some_and(|n| !n.is_empty()),
                "{country}"
            );
        }
    }
    let kenya = countries.iter().find(|c| c["iso3"] == "KEN").unwrap();
    assert_eq!(kenya["iso2"], "KE");
    assert_eq!(kenya["m49"], "404");
    assert_eq!(kenya["region"], "002");
    assert_eq!(kenya["intermediate_region"], "014");
}

#[tokio::test]
async fn the_default_page_is_twenty() {
    let app = spawn_app().await;
    let (status, body) = app.get_json("/v1/countries").await;
    assert_eq!(status, 200);
    assert_eq!(body["items"].as_array().unwrap().len(), 20);
    assert!(body["next_cursor"].is_string());
}

#[tokio::test]
async fn region_filter_matches_every_level_of_m49() {
    let app = spawn_app().await;
    let all = app.collect("/v1/countries", 200).await;
    for region in ["002", "202", "014", "150", "419"] {
        let got: HashSet<String> = app
            .collect(&format!("/v1/countries?region={region}"), 200)
            .await
            .iter()
            .map(|c| c["iso3"].as_str().unwrap().to_owned())
            .collect();
        let expected: HashSet<String> = all
            .iter()
            .filter(|c| {
                c["region"] == region
                    || c["subregion"] == region
                    || c["intermediate_region"] == region
            })
            .map(|c| c["iso3"].as_str().unwrap().to_owned())
            .collect();
        assert!(!expected.is_empty(), "{region}");
        assert_eq!(got, expected, "region {region}");
    }
    assert_invalid_parameter(&app, "/v1/countries?region=999", "region").await;
    assert_invalid_parameter(&app, "/v1/countries?region=Africa", "region").await;
}

#[tokio::test]
async fn one_country_in_any_letter_case_with_etag() {
    let app = spawn_app().await;
    let response = app.get("/v1/countries/fRa").await;
    assert_eq!(response.status(), 200);
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["iso3"], "FRA");
    assert_eq!(body["names"]["fr"], "France");
    let response = app
        .client
        .get(format!("{}/v1/countries/FRA", app.address))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 304);

    assert_problem(app.get("/v1/countries/XXX").await, 404, "not-found").await;
    assert_invalid_parameter(&app, "/v1/countries/FR", "iso3").await;
    assert_invalid_parameter(&app, "/v1/countries/12%203", "iso3").await;
}
