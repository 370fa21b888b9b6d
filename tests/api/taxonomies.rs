use serde_json::Value;

use crate::helpers::{assert_invalid_parameter, spawn_app};

fn codes(items: &[Value], key: &str) -> Vec<String> {
    items
        .iter()
        .map(|i| i[key].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn all_thirteen_competences_with_their_legal_bases() {
    let app = spawn_app().await;
    let items = app.collect("/v1/competences", 200).await;
    assert_eq!(
        codes(&items, "code"),
        [
            "MLA",
            "EXTRADITION",
            "TRANSFER_SENTENCED",
            "TRANSFER_PROCEEDINGS",
            "DRUGS_SEA",
            "MIGRANTS_SEA",
            "FIREARMS",
            "PREVENTION_TOC",
            "CULTURAL_PROPERTY",
            "CORRUPTION_PREVENTION",
            "ASSET_RECOVERY",
            "TERRORISM",
            "CYBER_24_7"
        ]
    );
    let mla = &items[0];
    assert_eq!(
        mla["label"],
        "Central authority for mutual legal assistance"
    );
    assert_eq!(
        codes(mla["legal_bases"].as_array().unwrap(), "citation"),
        ["UNTOC 18(13)", "UNCAC 46(13)", "1988 Convention 7(8)"]
    );
    assert_eq!(mla["legal_bases"][0]["article"], "UNTOC-18");
    assert_eq!(mla["legal_bases"][0]["paragraph"], "13");
    for item in &items {
        assert!(
            !item["legal_bases"].as_array().unwrap().is_empty(),
            "{item}"
        );
        assert_eq!(item["labels"].as_object().unwrap().len(), 6, "{item}");
    }
    // Paging a small list works like any other list.
    let paged = app.collect("/v1/competences", 5).await;
    assert_eq!(codes(&paged, "code"), codes(&items, "code"));
}

#[tokio::test]
async fn instruments_carry_the_articles_competences_cite() {
    let app = spawn_app().await;
    let instruments = app.collect("/v1/instruments", 200).await;
    let untoc = instruments.iter().find(|i| i["code"] == "UNTOC").unwrap();
    let article_ids = codes(untoc["articles"].as_array().unwrap(), "id");
    for id in ["UNTOC-16", "UNTOC-17", "UNTOC-18", "UNTOC-21", "UNTOC-31"] {
        assert!(article_ids.contains(&id.to_owned()), "{id}");
    }
    let competences = app.collect("/v1/competences", 200).await;
    let all_articles: Vec<String> = instruments
        .iter()
        .flat_map(|i| codes(i["articles"].as_array().unwrap(), "id"))
        .collect();
    for competence in &competences {
        for basis in competence["legal_bases"].as_array().unwrap() {
            assert!(
                instruments.iter().any(|i| i["code"] == basis["instrument"]),
                "{basis}"
            );
            if let Some(article) = basis["article"].as_str() {
                assert!(all_articles.contains(&article.to_owned()), "{basis}");
            }
        }
    }
}

#[tokio::test]
async fn crime_types_cross_cutting_issues_and_regions() {
    let app = spawn_app().await;
    let crimes = app.collect("/v1/crime-types", 200).await;
    assert_eq!(crimes.len(), 15);
    assert!(codes(&crimes, "code").contains(&"MONEY_LAUNDERING".to_owned()));
    assert_eq!(crimes[0]["labels"]["fr"], "Corruption");
    let issues = app.collect("/v1/cross-cutting-issues", 200).await;
    assert!(codes(&issues, "code").contains(&"ELECTRONIC_EVIDENCE".to_owned()));
    let regions = app.collect("/v1/regions", 200).await;
    let africa = regions.iter().find(|r| r["m49"] == "002").unwrap();
    assert_eq!(
        (africa["level"].as_str(), africa["parent"].is_null()),
        (Some("region"), true)
    );
    let eastern = regions.iter().find(|r| r["m49"] == "014").unwrap();
    assert_eq!(eastern["parent"], "202");
}

#[tokio::test]
async fn reference_lists_reject_bad_paging() {
    let app = spawn_app().await;
    for path in [
        "/v1/competences",
        "/v1/instruments",
        "/v1/crime-types",
        "/v1/regions",
    ] {
        assert_invalid_parameter(&app, &format!("{path}?limit=0"), "limit").await;
        assert_invalid_parameter(&app, &format!("{path}?cursor=%25%25"), "cursor").await;
        assert_invalid_parameter(&app, &format!("{path}?q=x"), "q").await;
    }
}
