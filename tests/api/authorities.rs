use std::collections::HashSet;

use chrono::{DateTime, Duration, Utc};
use diesel_async::RunQueryDsl;
use serde_json::Value;

use crate::helpers::{assert_invalid_parameter, assert_problem, spawn_app, TestApp};

fn ids(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

fn id_set(items: &[Value]) -> HashSet<String> {
    ids(items).into_iter().collect()
}

/// Every authority of every status, walked page by page.
async fn everything(app: &TestApp) -> Vec<Value> {
    app.collect("/v1/authorities?status=any", 200).await
}

fn designations(a: &Value) -> &Vec<Value> {
    a["designations"].as_array().unwrap()
}

fn has_text(values: &Value, wanted: &str) -> bool {
    values.as_array().unwrap().iter().any(|v| v == wanted)
}

#[tokio::test]
async fn paging_walks_every_record_once_in_a_stable_order() {
    let app = spawn_app().await;
    let mut conn = app.db().await;
    let total: i64 =
        diesel::dsl::sql::<diesel::sql_types::BigInt>("SELECT count(*) FROM authorities")
            .get_result(&mut conn)
            .await
            .unwrap();
    assert!(total >= 150, "{total}");
    for page_size in [7, 50, 200] {
        let items = app.collect("/v1/authorities?status=any", page_size).await;
        assert_eq!(
            items.len() as i64,
            total,
            "page size {page_size}: a gap or a repeat"
        );
        assert_eq!(
            id_set(&items).len() as i64,
            total,
            "page size {page_size}: a repeat"
        );
        let keys: Vec<(String, String)> = items
            .iter()
            .map(|i| {
                (
                    i["country"].as_str().unwrap().into(),
                    i["id"].as_str().unwrap().into(),
                )
            })
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted, "ordered by country, then id");
    }
    let (_, first) = app.get_json("/v1/authorities").await;
    assert_eq!(
        first["items"].as_array().unwrap().len(),
        20,
        "default page size"
    );
}

#[tokio::test]
async fn the_default_listing_holds_active_records_only() {
    let app = spawn_app().await;
    let all = everything(&app).await;
    let active = app.collect("/v1/authorities", 200).await;
    let retired = app.collect("/v1/authorities?status=retired", 200).await;
    assert!(
        !retired.is_empty(),
        "the demo directory has retired records"
    );
    assert!(active.iter().all(|a| a["status"] == "active"));
    assert!(retired.iter().all(|a| a["status"] == "retired"));
    assert_eq!(active.len() + retired.len(), all.len());
    let explicit = app.collect("/v1/authorities?status=active", 200).await;
    assert_eq!(ids(&explicit), ids(&active));
}

/// Each filter returns exactly the records that the same rule, applied here to the full listing,
/// selects.
#[tokio::test]
async fn every_filter_selects_exactly_the_matching_records() {
    let app = spawn_app().await;
    let all = everything(&app).await;
    let countries = app.collect("/v1/countries", 200).await;
    let in_region = |iso3: &str, region: &str| {
        countries.iter().any(|c| {
            c["iso3"] == iso3
                && (c["region"] == region
                    || c["subregion"] == region
                    || c["intermediate_region"] == region)
        })
    };
    type Rule<'a> = Box<dyn Fn(&Value) -> bool + 'a>;
    let cases: Vec<(&str, Rule)> = vec![
        ("country=fra", Box::new(|a: &Value| a["country"] == "FRA")),
        ("country=KEN", Box::new(|a: &Value| a["country"] == "KEN")),
        (
            "competence=mla",
            Box::new(|a: &Value| designations(a).iter().any(|d| d["competence"] == "MLA")),
        ),
        (
            "competence=CYBER_24_7",
            Box::new(|a: &Value| {
                designations(a)
                    .iter()
                    .any(|d| d["competence"] == "CYBER_24_7")
            }),
        ),
        (
            "language=FR",
            Box::new(|a: &Value| {
                designations(a)
                    .iter()
                    .any(|d| has_text(&d["languages_accepted"], "fr"))
            }),
        ),
        (
            "channel=interpol",
            Box::new(|a: &Value| {
                designations(a)
                    .iter()
                    .any(|d| has_text(&d["channels"], "interpol"))
            }),
        ),
        (
            "region=002",
            Box::new(|a: &Value| in_region(a["country"].as_str().unwrap(), "002")),
        ),
        (
            "region=419",
            Box::new(|a: &Value| in_region(a["country"].as_str().unwrap(), "419")),
        ),
        ("stale=true", Box::new(|a: &Value| a["stale"] == true)),
        ("stale=false", Box::new(|a: &Value| a["stale"] == false)),
        (
            "competence=EXTRADITION&language=es&channel=diplomatic",
            Box::new(|a: &Value| {
                designations(a).iter().any(|d| {
                    d["competence"] == "EXTRADITION"
                        && has_text(&d["languages_accepted"], "es")
                        && has_text(&d["channels"], "diplomatic")
                })
            }),
        ),
        (
            "country=MEX&competence=MLA",
            Box::new(|a: &Value| {
                a["country"] == "MEX" && designations(a).iter().any(|d| d["competence"] == "MLA")
            }),
        ),
        (
            "region=150&stale=true",
            Box::new(|a: &Value| {
                in_region(a["country"].as_str().unwrap(), "150") && a["stale"] == true
            }),
        ),
    ];
    for (query, rule) in cases {
        let expected: HashSet<String> = all
            .iter()
            .filter(|a| rule(a))
            .map(|a| a["id"].as_str().unwrap().to_owned())
            .collect();
        let got = app
            .collect(&format!("/v1/authorities?status=any&{query}"), 50)
            .await;
        assert!(
            !expected.is_empty(),
            "{query} selects nothing in the demo data"
        );
        assert!(expected.len() < all.len(), "{query} selects everything");
        assert_eq!(id_set(&got), expected, "{query}");
    }
}

#[tokio::test]
async fn stale_follows_the_last_confirmation() {
    let app = spawn_app().await;
    let fresh = app.collect("/v1/authorities?stale=false", 200).await;
    let target = fresh[0]["id"].as_str().unwrap().to_owned();
    let mut conn = app.db().await;
    let long_ago = Utc::now() - Duration::days(400);
    diesel::sql_query("UPDATE authorities SET last_confirmed_at = $1 WHERE id = $2::uuid")
        .bind::<diesel::sql_types::Timestamptz, _>(long_ago)
        .bind::<diesel::sql_types::Text, _>(&target)
        .execute(&mut conn)
        .await
        .unwrap();
    let (_, one) = app.get_json(&format!("/v1/authorities/{target}")).await;
    assert_eq!(one["stale"], true);
    let stale = app.collect("/v1/authorities?stale=true", 200).await;
    assert!(ids(&stale).contains(&target));
    for a in &stale {
        let confirmed = a["last_confirmed_at"]
            .as_str()
            .or(a["created_at"].as_str())
            .unwrap();
        let at: DateTime<Utc> = confirmed.parse().unwrap();
        assert!(at < Utc::now() - Duration::days(365), "{a}");
    }
}

#[tokio::test]
async fn anonymous_callers_never_see_restricted_or_confidential_data() {
    let app = spawn_app().await;
    let mut conn = app.db().await;
    let (contacts, with_phones): (i64, i64) = diesel::dsl::sql::<(
        diesel::sql_types::BigInt,
        diesel::sql_types::BigInt,
    )>(
        "SELECT (SELECT count(*) FROM contacts), \
                (SELECT count(*) FROM authorities WHERE cardinality(phones) > 0 OR cardinality(emails) > 0)",
    )
    .get_result(&mut conn)
    .await
    .unwrap();
    assert!(
        contacts > 0 && with_phones > 0,
        "the demo data must hold what must not leak"
    );

    let response = app.get("/v1/authorities?status=any&limit=200").await;
    let text = response.text().await.unwrap();
    assert!(!text.contains('@'), "an e-mail address leaked");
    assert!(!text.contains("Demo Officer"), "a contact person leaked");
    for a in everything(&app).await {
        for hidden in ["phones", "fax", "emails", "contacts", "last_confirmed_by"] {
            assert!(a.get(hidden).is_none(), "{hidden} of {} leaked", a["id"]);
        }
        let (status, one) = app
            .get_json(&format!("/v1/authorities/{}", a["id"].as_str().unwrap()))
            .await;
        assert_eq!(status, 200);
        for hidden in ["phones", "fax", "emails", "contacts", "last_confirmed_by"] {
            assert!(one.get(hidden).is_none(), "{hidden} of {} leaked", a["id"]);
        }
    }
}

#[tokio::test]
async fn one_authority_with_a_strong_etag() {
    let app = spawn_app().await;
    let (_, page) = app.get_json("/v1/authorities?country=FRA").await;
    let listed = &page["items"][0];
    let id = listed["id"].as_str().unwrap();
    let response = app.get(&format!("/v1/authorities/{id}")).await;
    assert_eq!(response.status(), 200);
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    assert!(
        etag.starts_with('"') && !etag.starts_with("W/"),
        "strong: {etag}"
    );
    assert!(
        etag.starts_with(&format!("\"{}-", listed["version"])),
        "{etag}"
    );
    let mut body: Value = response.json().await.unwrap();
    assert!(
        body["legislation"].is_array(),
        "a single record links its legislation"
    );
    body.as_object_mut().unwrap().remove("legislation");
    assert_eq!(
        &body, listed,
        "the record reads the same alone and in a list"
    );
    assert!(!designations(&body).is_empty());
    assert!(body["names"]
        .as_object()
        .unwrap()
        .contains_key(body["original_language"].as_str().unwrap()));

    let url = format!("{}/v1/authorities/{id}", app.address);
    for matching in [
        etag.clone(),
        format!("W/{etag}"),
        format!("\"other\", {etag}"),
        "*".into(),
    ] {
        let response = app
            .client
            .get(&url)
            .header("if-none-match", &matching)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 304, "{matching}");
        assert_eq!(response.headers()["etag"].to_str().unwrap(), etag);
        assert!(response.bytes().await.unwrap().is_empty());
    }
    let response = app
        .client
        .get(&url)
        .header("if-none-match", "\"0-0000\"")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);

    // A new version is a new tag.
    let mut conn = app.db().await;
    diesel::sql_query(
        "UPDATE authorities SET version = version + 1, acronym = 'NEW' WHERE id = $1::uuid",
    )
    .bind::<diesel::sql_types::Text, _>(id)
    .execute(&mut conn)
    .await
    .unwrap();
    let response = app
        .client
        .get(&url)
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_ne!(response.headers()["etag"].to_str().unwrap(), etag);
}

#[tokio::test]
async fn names_in_other_languages_keep_their_original() {
    let app = spawn_app().await;
    let all = everything(&app).await;
    let originals = all
        .iter()
        .filter(|a| {
            ["fr", "es", "ar", "ru", "zh"].contains(&a["original_language"].as_str().unwrap())
                && a["names"]["en"].is_string()
        })
        .count();
    assert!(originals >= 15, "{originals}");
    let competences: HashSet<&str> = all
        .iter()
        .flat_map(|a| {
            designations(a)
                .iter()
                .map(|d| d["competence"].as_str().unwrap())
        })
        .collect();
    assert_eq!(competences.len(), 13, "every competence is held somewhere");
}

#[tokio::test]
async fn unknown_and_malformed_ids() {
    let app = spawn_app().await;
    assert_problem(
        app.get("/v1/authorities/00000000-0000-0000-0000-000000000000")
            .await,
        404,
        "not-found",
    )
    .await;
    assert_invalid_parameter(&app, "/v1/authorities/not-a-uuid", "id").await;
    assert_invalid_parameter(&app, "/v1/authorities/1%27%20OR%201=1", "id").await;
}

#[tokio::test]
async fn bad_filter_values_are_400s_naming_the_parameter() {
    let app = spawn_app().await;
    for (query, field) in [
        ("country=XX", "country"),
        ("country=XXX", "country"),
        ("competence=TELEPATHY", "competence"),
        ("competence=1", "competence"),
        ("language=xx", "language"),
        ("language=french", "language"),
        ("region=999", "region"),
        ("region=africa", "region"),
        ("channel=pigeon", "channel"),
        ("stale=maybe", "stale"),
        ("status=deleted", "status"),
        ("limit=0", "limit"),
        ("limit=201", "limit"),
        ("limit=ten", "limit"),
        ("limit=-1", "limit"),
        ("cursor=garbage", "cursor"),
        ("colour=red", "colour"),
        ("country=KEN&country=FRA", "country"),
    ] {
        assert_invalid_parameter(&app, &format!("/v1/authorities?{query}"), field).await;
    }
    // Several problems are reported together.
    let body = assert_problem(
        app.get("/v1/authorities?country=XX&limit=0").await,
        400,
        "invalid-parameter",
    )
    .await;
    assert_eq!(body["errors"].as_array().unwrap().len(), 2, "{body}");
    // A cursor from another list is refused, not misread.
    let (_, countries) = app.get_json("/v1/countries?limit=1").await;
    let foreign = countries["next_cursor"].as_str().unwrap();
    assert_invalid_parameter(&app, &format!("/v1/authorities?cursor={foreign}"), "cursor").await;
}

#[tokio::test]
async fn presented_credentials_that_cannot_be_verified_are_refused() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(format!("{}/v1/authorities", app.address))
        .bearer_auth("made-up-token")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    assert_problem(response, 401, "unauthorized").await;
}
