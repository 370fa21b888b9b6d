//! The export: a consistent snapshot headed by its feed cursor, at the reader's tier; the feed
//! continues it exactly; `cna import` loads it into an empty instance that then reads the same.

use std::collections::HashMap;
use std::time::Duration;

use reqwest::Method;
use serde_json::Value;

use cna::auth::{Account, Caller};
use cna::db::build_pool;
use cna::domain::RecordKind;

use crate::authority_writes::sample;
use crate::feed::changes;
use crate::helpers::{assert_problem, spawn_app, spawn_empty_app, TestApp};
use crate::legislation::sample_case;
use crate::partners::create_partner;

/// `GET /v1/export?{query}` as `key`, parsed line by line.
async fn export(app: &TestApp, key: &str, query: &str) -> Vec<Value> {
    let response = app
        .send(Method::GET, &format!("/v1/export?{query}"), Some(key))
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/x-ndjson");
    let text = response.text().await.unwrap();
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The records of an export's lines: `(type, id) -> record`; checks the header and the end line.
fn records(lines: &[Value]) -> (String, HashMap<(String, String), Value>) {
    let header = &lines[0];
    assert_eq!(header["type"], "export", "{header}");
    let end = lines.last().unwrap();
    assert_eq!(end["type"], "end", "{end}");
    assert_eq!(end["records"], lines.len() as u64 - 2);
    let records = lines[1..lines.len() - 1]
        .iter()
        .map(|l| {
            let kind = l["type"].as_str().unwrap().to_owned();
            let id = l["record"]["id"].as_str().unwrap().to_owned();
            ((kind, id), l["record"].clone())
        })
        .collect();
    (header["cursor"].as_str().unwrap().to_owned(), records)
}

#[tokio::test]
async fn an_export_and_the_feed_from_its_cursor_give_the_current_state_exactly() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let partner = create_partner(&app, &admin.token, "Portal", "public").await;
    let key = partner["api_key"].as_str().unwrap();

    let lines = export(&app, key, "").await;
    let (cursor, exported) = records(&lines);
    assert_eq!(
        lines[0]["types"],
        serde_json::json!(["authority", "legislation", "case", "treaty"])
    );
    // At the public tier: no restricted member anywhere.
    for ((kind, id), record) in &exported {
        for restricted in ["phones", "emails", "contacts", "fax", "last_confirmed_by"] {
            assert!(
                record.get(restricted).is_none(),
                "{restricted} of {kind} {id}"
            );
        }
    }
    assert!(!serde_json::to_string(&lines)
        .unwrap()
        .contains("Demo Officer"));

    // Changes after the snapshot: new, changed, retired and deleted records.
    let response = app
        .send_json(
            Method::POST,
            "/v1/authorities",
            Some(&admin.token),
            &sample(Some("FRA")),
        )
        .await;
    assert_eq!(response.status(), 201);
    let (kind, id) = exported
        .keys()
        .find(|(kind, _)| kind == "authority")
        .unwrap()
        .clone();
    let path = format!("/v1/authorities/{id}");
    let response = app.send(Method::GET, &path, Some(&admin.token)).await;
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    let response = app
        .request(Method::DELETE, &path, Some(&admin.token))
        .header("if-match", etag)
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());
    let response = app
        .send_json(
            Method::POST,
            "/v1/cases",
            Some(&admin.token),
            &sample_case(Some("KEN"), None, "EXPORT-1"),
        )
        .await;
    assert_eq!(response.status(), 201);

    // Export, then the feed from its cursor, applying only newer versions.
    let mut state: HashMap<(String, String), (i64, Value)> = exported
        .into_iter()
        .map(|(k, r)| (k, (r["version"].as_i64().unwrap(), r)))
        .collect();
    let mut cursor = cursor;
    // Followed until the three changes are in (another test's transaction may hold the feed back
    // for a moment), then to its end.
    let case_created = |state: &HashMap<(String, String), (i64, Value)>| {
        state.values().any(|(_, r)| r["reference"] == "EXPORT-1")
    };
    let retired = (kind.clone(), id.clone());
    for _ in 0..400 {
        let page = changes(&app, key, &format!("cursor={cursor}&limit=3")).await;
        let items = page["items"].as_array().unwrap();
        if items.is_empty() {
            if case_created(&state) && !state.contains_key(&retired) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
            continue;
        }
        for change in items {
            let key = (
                change["type"].as_str().unwrap().to_owned(),
                change["id"].as_str().unwrap().to_owned(),
            );
            let version = change["version"].as_i64().unwrap();
            if state.get(&key).is_some_and(|(held, _)| *held >= version) {
                continue;
            }
            if change["operation"] == "delete" {
                state.remove(&key);
            } else {
                state.insert(key, (version, change["record"].clone()));
            }
        }
        cursor = page["next_cursor"].as_str().unwrap().to_owned();
    }
    assert!(
        !state.contains_key(&(kind, id)),
        "the retirement reached the mirror"
    );
    let (_, now) = records(&export(&app, key, "").await);
    let now: HashMap<_, _> = now
        .into_iter()
        .map(|(k, r)| (k, (r["version"].as_i64().unwrap(), r)))
        .collect();
    assert_eq!(state.len(), now.len());
    assert!(state == now, "export + feed = a new export");

    // Kinds can be chosen; bad ones are refused.
    let (_, cases) = records(&export(&app, key, "type=case").await);
    assert!(cases.keys().all(|(kind, _)| kind == "case") && !cases.is_empty());
    let response = app
        .send(Method::GET, "/v1/export?type=case,judges", Some(key))
        .await;
    assert_problem(response, 400, "invalid-parameter").await;
    let response = app.send(Method::GET, "/v1/export", None).await;
    assert_problem(response, 401, "unauthorized").await;
}

/// Every answer of the list routes and of each record, walked as `token`.
async fn reads(app: &TestApp, token: &str) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for list in [
        "/v1/authorities",
        "/v1/authorities?status=retired",
        "/v1/legislation",
        "/v1/cases",
        "/v1/treaties",
    ] {
        let mut cursor = String::new();
        loop {
            let separator = if list.contains('?') { '&' } else { '?' };
            let path = format!("{list}{separator}limit=50{cursor}");
            let (status, page) = app.get_as(&path, token).await;
            assert_eq!(status, 200, "{path}");
            for item in page["items"].as_array().unwrap() {
                let base = list.split('?').next().unwrap();
                let one = format!("{base}/{}", item["id"].as_str().unwrap());
                let (status, record) = app.get_as(&one, token).await;
                assert_eq!(status, 200);
                out.push((one, record));
            }
            out.push((path, page["items"].clone()));
            match page["next_cursor"].as_str() {
                Some(next) => cursor = format!("&cursor={next}"),
                None => break,
            }
        }
    }
    out
}

#[tokio::test]
async fn an_export_imported_into_an_empty_instance_answers_every_read_the_same() {
    let source = spawn_app().await;
    let admin = source.user("admin", None).await;
    let response = source
        .send_json(
            Method::POST,
            "/v1/authorities",
            Some(&admin.token),
            &sample(Some("FRA")),
        )
        .await;
    assert_eq!(response.status(), 201);
    // The administrator's export carries retired authorities too.
    let tag = response.headers()["etag"].to_str().unwrap().to_owned();
    let created: Value = response.json().await.unwrap();
    let retired = source
        .request(
            Method::DELETE,
            &format!("/v1/authorities/{}", created["id"].as_str().unwrap()),
            Some(&admin.token),
        )
        .header("if-match", tag)
        .send()
        .await
        .unwrap();
    assert_eq!(retired.status(), 200);

    // What `cna export` does.
    let pool = build_pool(&source.database_url, 2, Duration::from_secs(5)).unwrap();
    let caller = Caller::Admin(Account {
        id: uuid::Uuid::nil(),
        email: "cna export".into(),
    });
    let (sink, mut lines) = tokio::sync::mpsc::channel(4);
    let sink = cna::bulk::export::Sink::new(sink, None);
    let writer = tokio::spawn(async move {
        cna::bulk::export::export(&pool, &caller, &RecordKind::ALL, &sink, chrono::Utc::now()).await
    });
    let mut file = Vec::new();
    while let Some(chunk) = lines.recv().await {
        file.extend_from_slice(&chunk);
    }
    let exported = writer.await.unwrap().unwrap();
    assert!(exported > 500, "{exported}");

    let target = spawn_empty_app().await;
    let target_admin = target.user("admin", None).await;
    let (_, empty) = target.get_json("/v1/authorities").await;
    assert_eq!(empty["items"], serde_json::json!([]));
    let pool = build_pool(&target.database_url, 4, Duration::from_secs(5)).unwrap();
    let report = cna::bulk::import::import(&pool, file.as_slice(), |_| {})
        .await
        .unwrap();
    assert_eq!((report.created, report.skipped), (exported, 0));

    for (source_token, target_token) in [
        (None, None),
        (Some(&admin.token), Some(&target_admin.token)),
    ] {
        let source_reads = match source_token {
            Some(token) => reads(&source, token).await,
            None => anonymous_reads(&source).await,
        };
        let target_reads = match target_token {
            Some(token) => reads(&target, token).await,
            None => anonymous_reads(&target).await,
        };
        assert_eq!(source_reads.len(), target_reads.len());
        for ((path, a), (other, b)) in source_reads.iter().zip(&target_reads) {
            assert_eq!(path, other);
            assert_eq!(a, b, "{path}");
        }
    }
}

async fn anonymous_reads(app: &TestApp) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for list in [
        "/v1/authorities",
        "/v1/legislation",
        "/v1/cases",
        "/v1/treaties",
    ] {
        let items = app.collect(list, 100).await;
        for item in &items {
            let one = format!("{list}/{}", item["id"].as_str().unwrap());
            let (status, record) = app.get_json(&one).await;
            assert_eq!(status, 200);
            out.push((one, record));
        }
        out.push((list.to_owned(), Value::Array(items)));
    }
    out
}
