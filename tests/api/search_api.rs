//! `GET /v1/search` over real HTTP: filters, facets, snippets, ranking rules, visibility, hostile
//! input, and freshness across two server processes sharing one database.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{json, Value};

use crate::authority_writes::{sample, send};
use crate::helpers::{assert_invalid_parameter, spawn_app, TestApp};
use crate::legislation::sample_law;

fn total(body: &Value) -> u64 {
    body["total"].as_u64().expect("total")
}

/// `facet`'s counts as `(value, count)`.
fn facet(body: &Value, name: &str) -> Vec<(String, u64)> {
    body["facets"][name]
        .as_array()
        .unwrap_or_else(|| panic!("facet {name} in {body}"))
        .iter()
        .map(|f| {
            (
                f["value"].as_str().unwrap().to_owned(),
                f["count"].as_u64().unwrap(),
            )
        })
        .collect()
}

async fn ok(app: &TestApp, query: &str) -> Value {
    let (status, body) = app.search(query, None).await;
    assert_eq!(status, 200, "{query}: {body}");
    body
}

/// Waits until `check` holds for the answer to `query`, for at most ten seconds; returns the answer
/// and how long it took.
async fn until(
    app: &TestApp,
    query: &str,
    token: Option<&str>,
    check: impl Fn(&Value) -> bool,
) -> (Value, Duration) {
    let start = Instant::now();
    loop {
        let (status, body) = app.search(query, token).await;
        assert_eq!(status, 200, "{query}: {body}");
        if check(&body) {
            return (body, start.elapsed());
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{query} never reached the expected answer: {body}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn hits_carry_snippets_and_facets_count_the_whole_result_set() {
    let app = spawn_app().await;
    let body = ok(&app, "q=extradition&limit=3").await;
    let items = body["items"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    assert!(total(&body) > 20);
    for hit in items {
        for field in ["type", "id", "title", "country", "language", "snippet"] {
            assert!(hit[field].is_string(), "{field} in {hit}");
        }
        assert!(hit["score"].as_f64().unwrap() > 0.0);
        let snippet = hit["snippet"].as_str().unwrap();
        assert!(
            snippet.to_lowercase().contains("<mark>extradit"),
            "{snippet}"
        );
        if hit["type"] == "legislation" {
            assert!(hit["law_id"].is_string());
        }
    }
    // Facet counts are over every match, not the page.
    let by_type: u64 = facet(&body, "type").iter().map(|(_, n)| n).sum();
    assert_eq!(by_type, total(&body));
    let by_country: u64 = facet(&body, "country").iter().map(|(_, n)| n).sum();
    assert_eq!(by_country, total(&body));
    let counts: Vec<u64> = facet(&body, "country").iter().map(|(_, n)| *n).collect();
    assert!(
        counts.windows(2).all(|w| w[0] >= w[1]),
        "most frequent first"
    );

    // Walking the cursor visits every hit once.
    let mut seen = HashSet::new();
    let mut query = "q=extradition&limit=50".to_owned();
    loop {
        let page = ok(&app, &query).await;
        for hit in page["items"].as_array().unwrap() {
            assert!(seen.insert(hit["id"].as_str().unwrap().to_owned()));
        }
        match page["next_cursor"].as_str() {
            Some(cursor) => query = format!("q=extradition&limit=50&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(seen.len() as u64, total(&body));
}

#[tokio::test]
async fn every_filter_narrows_the_results_and_empty_q_browses() {
    let app = spawn_app().await;
    let all = total(&ok(&app, "").await);
    assert!(
        all > 500,
        "browsing without a query lists everything: {all}"
    );
    for (query, name, value) in [
        ("country=KEN", "country", "KEN"),
        ("country=ken", "country", "KEN"),
        ("region=002", "region", "002"),
        ("competence=EXTRADITION", "competence", "EXTRADITION"),
        (
            "crime_type=MONEY_LAUNDERING",
            "crime_type",
            "MONEY_LAUNDERING",
        ),
        (
            "cross_cutting=INTERNATIONAL_COOPERATION",
            "cross_cutting",
            "INTERNATIONAL_COOPERATION",
        ),
        ("article=UNTOC-18", "article", "UNTOC-18"),
        ("language=fr", "language", "fr"),
        ("type=case", "type", "case"),
    ] {
        for q in ["", "q=assistance&"] {
            let body = ok(&app, &format!("{q}{query}")).await;
            let n = total(&body);
            assert!(n > 0 && n < all, "{q}{query}: {n} of {all}");
            let values = facet(&body, name);
            assert!(
                values.contains(&(value.to_owned(), n)),
                "{q}{query}: every hit has {name}={value}: {values:?}"
            );
        }
    }
    // Several types, repeated or comma-separated; filters combine.
    for query in ["type=case&type=legislation", "type=case,legislation"] {
        let body = ok(&app, query).await;
        let types: Vec<String> = facet(&body, "type").into_iter().map(|(v, _)| v).collect();
        assert_eq!(types.len(), 2, "{types:?}");
        assert!(!types.contains(&"authority".to_owned()));
    }
    let kenya = ok(&app, "type=authority&country=KEN&competence=MLA").await;
    assert!(total(&kenya) >= 1);
    assert_eq!(
        facet(&kenya, "type"),
        vec![("authority".into(), total(&kenya))]
    );
    // An unknown but well-formed competence is a mistake, not an empty page.
    let (status, body) = app.search("competence=NO_SUCH_THING", None).await;
    assert_eq!(status, 400, "{body}");
}

#[tokio::test]
async fn phrases_exclusions_typos_and_exact_matches_first() {
    let app = spawn_app().await;
    let words = total(&ok(&app, "q=assistance%20legal").await);
    let phrase = total(&ok(&app, "q=%22legal%20assistance%22").await);
    let reversed = total(&ok(&app, "q=%22assistance%20legal%22").await);
    assert!(
        reversed < phrase && phrase <= words,
        "{reversed} {phrase} {words}"
    );

    let extradition = ok(&app, "q=extradition").await;
    let without = ok(&app, "q=extradition%20-kenya").await;
    assert!(total(&without) < total(&extradition));
    assert!(facet(&without, "country").iter().all(|(c, _)| c != "KEN"));
    let phrase_out = ok(&app, "q=assistance%20-%22legal%20assistance%22").await;
    assert!(total(&phrase_out) < total(&ok(&app, "q=assistance").await));

    // One edit from five letters, two from nine; none below five.
    assert!(total(&ok(&app, "q=extradtion").await) > 0);
    assert!(total(&ok(&app, "q=exradtion").await) > 0);
    assert!(total(&ok(&app, "q=Kenyz&type=authority").await) > 0);
    assert_eq!(total(&ok(&app, "q=Kenzz&type=authority").await), 0);

    // Exact matches rank above fuzzy ones.
    let admin = app.user("admin", None).await;
    for name in ["Vandermolan Bureau", "Vandermolen Bureau"] {
        let mut body = sample(Some("NLD"));
        body["names"] = json!({"en": name});
        body["original_language"] = json!("en");
        let response = send(
            &app,
            Method::POST,
            "/v1/authorities",
            Some(&admin),
            Some(&body),
        )
        .await;
        assert_eq!(response.status(), 201);
    }
    let (ranked, _) = until(&app, "q=vandermolen", None, |b| total(b) == 2).await;
    assert_eq!(ranked["items"][0]["title"], "Vandermolen Bureau");
    assert_eq!(ranked["items"][1]["title"], "Vandermolan Bureau");
    assert!(ranked["items"][0]["snippet"]
        .as_str()
        .unwrap()
        .contains("<mark>Vandermolen</mark>"));
}

#[tokio::test]
async fn lang_prefers_hits_in_that_language() {
    let app = spawn_app().await;
    let plain = ok(&app, "q=extradition&limit=5").await;
    let spanish = ok(&app, "q=extradition&limit=5&lang=es").await;
    let count = |body: &Value| {
        body["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| h["language"] == "es")
            .count()
    };
    assert!(count(&spanish) > count(&plain), "{spanish}");
    assert_eq!(spanish["items"][0]["language"], "es");
    assert_eq!(total(&spanish), total(&plain), "a preference, not a filter");
}

#[tokio::test]
async fn restricted_and_confidential_text_is_never_matched_shown_or_counted() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("FRA")).await;
    let mut body = sample(None);
    body["names"] = json!({"fr": "Office quokkanien", "en": "Quokka Office"});
    body["phones"] = json!(["+33 0000 0777"]);
    body["emails"] = json!(["wombatmailbox@justice.fra.example"]);
    body["contacts"][0]["name"] = json!("Numbatrestricted Officer");
    body["contacts"][1]["name"] = json!("Bilbyconfidential Officer");
    let response = send(
        &app,
        Method::POST,
        "/v1/authorities",
        Some(&fp),
        Some(&body),
    )
    .await;
    assert_eq!(response.status(), 201);
    let (found, _) = until(&app, "q=quokka", None, |b| total(b) == 1).await;
    let admin = app.user("admin", None).await;
    let reader = app.user("reader", None).await;
    for token in [
        None,
        Some(reader.token.as_str()),
        Some(fp.token.as_str()),
        Some(admin.token.as_str()),
    ] {
        for secret in [
            "Numbatrestricted",
            "Bilbyconfidential",
            "wombatmailbox",
            "0777",
        ] {
            let (status, body) = app.search(&format!("q={secret}"), token).await;
            assert_eq!(status, 200);
            assert_eq!(total(&body), 0, "{secret} was matched: {body}");
        }
    }
    let text = found.to_string();
    for secret in [
        "Numbatrestricted",
        "Bilbyconfidential",
        "wombatmailbox",
        "0777",
    ] {
        assert!(!text.contains(secret), "{secret} shown in {text}");
    }
}

#[tokio::test]
async fn hostile_queries_get_an_answer_or_a_problem_never_an_error() {
    let app = spawn_app().await;
    let long = "a".repeat(10_000);
    let syntax =
        r#"+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ / AND OR NOT title:x "a"~2 x^3 [a TO b] <script>"#;
    for q in [
        "",
        "!!!???...",
        "\"unbalanced",
        "unbalanced\"",
        "\"\"\"",
        "\u{0}\u{1}\u{7}\u{1b}[31m",
        "-",
        "--",
        "-\"\"",
        "*",
        "\u{202e}\u{200b}\u{feff}",
        "🙂🙂",
        "%",
        syntax,
    ] {
        let encoded: String = url::form_urlencoded::byte_serialize(q.as_bytes()).collect();
        let (status, body) = app.search(&format!("q={encoded}"), None).await;
        assert_eq!(status, 200, "{q:?}: {body}");
        assert!(body["items"].is_array());
        for hit in body["items"].as_array().unwrap() {
            let snippet = hit["snippet"].as_str().unwrap();
            assert!(!snippet.contains("<script"), "{snippet}");
        }
    }
    let punctuation = ok(&app, "q=%21%21%21%3F%3F").await;
    assert_eq!(total(&punctuation), 0, "punctuation alone matches nothing");

    for (query, field) in [
        (format!("q={long}"), "q"),
        (format!("q={}", vec!["w"; 40].join("+")), "q"),
        ("type=person".to_owned(), "type"),
        ("limit=0".to_owned(), "limit"),
        ("limit=201".to_owned(), "limit"),
        ("cursor=zzz".to_owned(), "cursor"),
        ("country=XXX".to_owned(), "country"),
        ("country=K".to_owned(), "country"),
        ("region=ABC".to_owned(), "region"),
        ("language=english".to_owned(), "language"),
        ("lang=xx".to_owned(), "lang"),
        ("article=nope".to_owned(), "article"),
        ("q=a&q=b".to_owned(), "q"),
        ("sort=score".to_owned(), "sort"),
    ] {
        assert_invalid_parameter(&app, &format!("/v1/search?{query}"), field).await;
    }
}

#[tokio::test]
async fn writes_are_searchable_in_every_server_process_and_deletions_leave() {
    let first = spawn_app().await;
    let second = first.another_server().await;
    let fp = first.user("focal_point", Some("KEN")).await;

    // An authority created through one process is found through both.
    let mut body = sample(None);
    body["names"] = json!({"en": "Pelicanquist Office"});
    body["original_language"] = json!("en");
    let written = Instant::now();
    let response = send(
        &first,
        Method::POST,
        "/v1/authorities",
        Some(&fp),
        Some(&body),
    )
    .await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    for app in [&first, &second] {
        let (found, _) = until(app, "q=pelicanquist", None, |b| total(b) == 1).await;
        assert_eq!(found["items"][0]["id"], id.as_str());
    }
    println!(
        "authority searchable in both processes {:?} after the write",
        written.elapsed()
    );

    // An update through the other process replaces what the index holds.
    let path = format!("/v1/authorities/{id}");
    let mut renamed = body.clone();
    renamed["names"] = json!({"en": "Cormorantine Office"});
    let response = second
        .request(Method::PUT, &path, Some(&fp.token))
        .header("if-match", "*")
        .json(&renamed)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
    for app in [&first, &second] {
        until(app, "q=cormorantine", None, |b| total(b) == 1).await;
        until(app, "q=pelicanquist", None, |b| total(b) == 0).await;
    }

    // Deleting (retiring) it removes it from both indexes.
    let response = first
        .request(Method::DELETE, &path, Some(&fp.token))
        .header("if-match", "*")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    for app in [&first, &second] {
        until(app, "q=cormorantine", None, |b| total(b) == 0).await;
    }

    // A law's provisions come and go with it.
    let mut law = sample_law(None);
    law["title"] = json!({"en": "Flamingoesque Cooperation Act"});
    let response = send(
        &second,
        Method::POST,
        "/v1/legislation",
        Some(&fp),
        Some(&law),
    )
    .await;
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
    let created: Value = response.json().await.unwrap();
    for app in [&first, &second] {
        let (found, _) = until(app, "q=flamingoesque", None, |b| total(b) == 2).await;
        assert!(found["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["type"] == "legislation" && h["law_id"] == created["id"]));
    }
    let response = second
        .request(
            Method::DELETE,
            &format!("/v1/legislation/{}", created["id"].as_str().unwrap()),
            Some(&fp.token),
        )
        .header("if-match", "*")
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());
    for app in [&first, &second] {
        until(app, "q=flamingoesque", None, |b| total(b) == 0).await;
    }
}
