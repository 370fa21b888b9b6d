//! What holds for every kind of record alike, since one pipeline writes them all: a document read
//! is accepted back unchanged, and a body with several problems gets them all in one answer.

use reqwest::{header, Method};
use serde_json::{json, Value};

use crate::helpers::{spawn_app, TestApp};

/// The collections, with a list filter that finds records of one State.
const KINDS: [&str; 3] = ["/v1/authorities", "/v1/legislation", "/v1/cases"];

/// The first record of a collection, and its State.
async fn first(app: &TestApp, collection: &str) -> (String, String) {
    let (status, page) = app.get_json(&format!("{collection}?limit=1")).await;
    assert_eq!(status, 200, "{page}");
    let item = &page["items"][0];
    (
        item["id"].as_str().unwrap().to_owned(),
        item["country"].as_str().unwrap().to_owned(),
    )
}

/// What stays the same when a record is written again unchanged.
fn content(mut document: Value) -> Value {
    for member in ["version", "updated_at", "stale"] {
        document.as_object_mut().unwrap().remove(member);
    }
    document
}

#[tokio::test]
async fn every_kind_read_and_sent_back_unchanged_is_accepted_by_each_writer() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    for collection in KINDS {
        let (id, country) = first(&app, collection).await;
        let focal_point = app.user("focal_point", Some(&country)).await;
        for token in [&admin.token, &focal_point.token] {
            let path = format!("{collection}/{id}");
            let read = app
                .request(Method::GET, &path, Some(token))
                .send()
                .await
                .unwrap();
            assert_eq!(read.status(), 200);
            let tag = read.headers()[header::ETAG].to_str().unwrap().to_owned();
            let document: Value = read.json().await.unwrap();
            let written = app
                .request(Method::PUT, &path, Some(token))
                .header(header::IF_MATCH, &tag)
                .json(&document)
                .send()
                .await
                .unwrap();
            let status = written.status();
            let after: Value = written.json().await.unwrap();
            assert_eq!(status, 200, "{path}: {after}");
            assert_eq!(
                after["version"].as_i64(),
                document["version"].as_i64().map(|v| v + 1),
                "{path}"
            );
            assert_eq!(content(after), content(document), "{path}");
        }
    }
}

fn fields(problem: &Value) -> Vec<String> {
    let mut fields: Vec<String> = problem["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("no errors in {problem}"))
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_owned())
        .collect();
    fields.sort();
    fields
}

async fn refused(app: &TestApp, token: &str, collection: &str, body: &Value) -> Vec<String> {
    let response = app
        .send_json(Method::POST, collection, Some(token), body)
        .await;
    let status = response.status();
    let problem: Value = response.json().await.unwrap();
    assert_eq!(status, 422, "{problem}");
    fields(&problem)
}

#[tokio::test]
async fn every_problem_of_a_body_is_reported_at_once_whatever_stage_finds_it() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;

    // Shape (an unknown member, a value outside its enumeration, a wrong type), format (a web
    // address), reference codes (a competence), cross-field rules (the original language's name).
    let mut authority = crate::authority_writes::sample(Some("FRA"));
    authority["colour"] = json!("blue");
    authority["kind"] = json!("castle");
    authority["available_24_7"] = json!("yes");
    authority["website"] = json!("not a web address");
    authority["original_language"] = json!("de");
    authority["designations"][0]["competence"] = json!("NOPE");
    authority["designations"][0]["channels"] = json!(["pigeon"]);
    assert_eq!(
        refused(&app, &admin.token, "/v1/authorities", &authority).await,
        [
            "available_24_7",
            "colour",
            "designations[0].channels[0]",
            "designations[0].competence",
            "kind",
            "names",
            "website",
        ]
    );

    // A required member missing, a bad provision tag and a future date, together.
    let law = json!({
        "country": "FRA",
        "title": {"fr": "Loi"},
        "original_language": "fr",
        "type": "decree-law",
        "enacted_on": "2999-01-01",
        "provisions": [{"number": "1", "text": {"fr": "Texte"}, "crime_types": ["NOPE"]}]
    });
    assert_eq!(
        refused(&app, &admin.token, "/v1/legislation", &law).await,
        [
            "enacted_on",
            "provisions[0].crime_types[0]",
            "status",
            "type"
        ]
    );

    let case = json!({
        "country": "FRA",
        "reference": "",
        "title": {"fr": "Affaire"},
        "original_language": "fr",
        "court": "Cour",
        "decision_date": "2020-01-01",
        "decision_type": "verdict",
        "crime_types": ["NOPE"],
        "summary": {"fr": "Résumé"},
        "counterpart_countries": ["QQQ"],
        "charges": [{"offence": "x", "verdict": "maybe"}]
    });
    assert_eq!(
        refused(&app, &admin.token, "/v1/cases", &case).await,
        [
            "charges[0].verdict",
            "counterpart_countries[0]",
            "crime_types[0]",
            "decision_type",
            "reference",
        ]
    );
}
