//! The partner change feed: followed while several writers write, it ends exactly where the database
//! is, having seen every version of every record in order, deletions included; a late commit is
//! never skipped; records come at the reader's tier; a long poll answers as soon as a change commits.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::Method;
use serde_json::{json, Value};

use crate::authority_writes::sample;
use crate::helpers::{assert_problem, spawn_app, TestApp, TestUser};
use crate::legislation::{sample_case, sample_law};
use crate::partners::create_partner;

/// `GET /v1/changes` as `key`.
pub async fn changes(app: &TestApp, key: &str, query: &str) -> Value {
    let response = app
        .send(Method::GET, &format!("/v1/changes?{query}"), Some(key))
        .await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

/// A mirror kept from the feed: `(type, id) -> (version, record)`, checking every version arrives,
/// in order, once.
#[derive(Default)]
pub struct Mirror {
    pub records: HashMap<(String, String), (i64, Value)>,
    last_version: HashMap<(String, String), i64>,
    last_cursor: HashMap<(String, String), String>,
    pub cursor: String,
    /// Changes applied.
    seen: i64,
}

impl Mirror {
    pub fn apply(&mut self, page: &Value) {
        for change in page["items"].as_array().unwrap() {
            let key = (
                change["type"].as_str().unwrap().to_owned(),
                change["id"].as_str().unwrap().to_owned(),
            );
            self.seen += 1;
            let version = change["version"].as_i64().unwrap();
            let cursor = change["cursor"].as_str().unwrap().to_owned();
            let last = self.last_version.insert(key.clone(), version).unwrap_or(0);
            let before = self.last_cursor.insert(key.clone(), cursor.clone());
            assert_eq!(
                version,
                last + 1,
                "every version of {key:?}, in order, once: at {cursor} after {before:?} (read from {}): {change}",
                self.cursor
            );
            match change["operation"].as_str().unwrap() {
                "upsert" => {
                    assert_eq!(change["record"]["version"], version, "{change}");
                    self.records
                        .insert(key, (version, change["record"].clone()));
                }
                "delete" => {
                    assert!(change.get("record").is_none(), "{change}");
                    self.records.remove(&key);
                }
                other => panic!("operation {other}"),
            }
        }
        self.cursor = page["next_cursor"].as_str().unwrap().to_owned();
    }

    /// Follows the feed from the start of the log until it has applied every change committed so
    /// far. (An empty page only says that nothing more is readable yet: transaction ids are
    /// server-wide, so a transaction of another test can hold the feed back for a moment.)
    pub async fn catch_up_all(&mut self, app: &TestApp, key: &str) {
        let committed: i64 =
            crate::authority_writes::count(app, "SELECT count(*) FROM change_log").await;
        for _ in 0..200 {
            self.catch_up(app, key).await;
            if self.seen >= committed {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the feed did not reach the {committed} changes committed");
    }

    /// Follows the feed from its cursor until a page comes back empty.
    pub async fn catch_up(&mut self, app: &TestApp, key: &str) {
        loop {
            let page = changes(app, key, &format!("cursor={}&limit=50", self.cursor)).await;
            let empty = page["items"].as_array().unwrap().is_empty();
            if empty {
                assert_eq!(
                    page["next_cursor"],
                    self.cursor.as_str(),
                    "same cursor when caught up"
                );
                return;
            }
            self.apply(&page);
        }
    }
}

/// The current `(type, id) -> version` of every record the directory holds (retired authorities
/// are gone from it).
async fn current_versions(app: &TestApp) -> HashMap<(String, String), i64> {
    #[derive(diesel::QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        kind: String,
        #[diesel(sql_type = diesel::sql_types::Text)]
        id: String,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        version: i64,
    }
    let mut conn = app.db().await;
    let rows: Vec<Row> = diesel_async::RunQueryDsl::load(
        diesel::sql_query(
            "SELECT 'authority' AS kind, id::text AS id, version FROM authorities WHERE status = 'active'
             UNION ALL SELECT 'legislation', id::text, version FROM laws
             UNION ALL SELECT 'case', id::text, version FROM cases
             UNION ALL SELECT 'treaty', id::text, version FROM treaty_participations",
        ),
        &mut conn,
    )
    .await
    .unwrap();
    rows.into_iter()
        .map(|r| ((r.kind, r.id), r.version))
        .collect()
}

async fn write(
    app: &TestApp,
    user: &TestUser,
    method: Method,
    path: &str,
    etag: Option<&str>,
    body: Option<&Value>,
) -> (u16, Value, String) {
    let mut request = app.request(method, path, Some(&user.token));
    if let Some(etag) = etag {
        request = request.header("if-match", etag);
    }
    if let Some(body) = body {
        request = request.json(body);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let etag = response
        .headers()
        .get("etag")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, response.json().await.unwrap_or(Value::Null), etag)
}

/// Creates, updates twice and (for every other one) deletes records of one kind.
async fn churn(app: Arc<TestApp>, user: TestUser, path: &'static str, bodies: Vec<Value>) {
    for (n, body) in bodies.into_iter().enumerate() {
        let (status, created, etag) =
            write(&app, &user, Method::POST, path, None, Some(&body)).await;
        assert_eq!(status, 201, "{created}");
        let item = format!("{path}/{}", created["id"].as_str().unwrap());
        let mut etag = etag;
        for _ in 0..2 {
            let (status, updated, next) =
                write(&app, &user, Method::PUT, &item, Some(&etag), Some(&body)).await;
            assert_eq!(status, 200, "{updated}");
            etag = next;
        }
        if n % 2 == 1 {
            let (status, body, _) =
                write(&app, &user, Method::DELETE, &item, Some(&etag), None).await;
            assert!(status == 200 || status == 204, "{status} {body}");
        }
    }
}

#[tokio::test]
async fn a_partner_following_the_feed_during_concurrent_writes_ends_in_the_same_state() {
    let app = Arc::new(spawn_app().await);
    let admin = app.user("admin", None).await;
    let partner = create_partner(&app, &admin.token, "Mirror", "restricted").await;
    let key = partner["api_key"].as_str().unwrap().to_owned();
    let fra = app.user("focal_point", Some("FRA")).await;
    let ken = app.user("focal_point", Some("KEN")).await;

    let writers = vec![
        tokio::spawn(churn(
            Arc::clone(&app),
            fra,
            "/v1/authorities",
            (0..4).map(|_| sample(None)).collect(),
        )),
        tokio::spawn(churn(
            Arc::clone(&app),
            ken.clone(),
            "/v1/legislation",
            (0..3).map(|_| sample_law(None)).collect(),
        )),
        tokio::spawn(churn(
            Arc::clone(&app),
            ken,
            "/v1/cases",
            (0..4)
                .map(|n| sample_case(None, None, &format!("FEED-{n}")))
                .collect(),
        )),
        tokio::spawn(churn(
            Arc::clone(&app),
            admin,
            "/v1/authorities",
            ["DEU", "BRA", "JPN"].map(|c| sample(Some(c))).to_vec(),
        )),
    ];
    // Follow while they write, in small pages.
    let mut mirror = Mirror::default();
    while !writers.iter().all(|w| w.is_finished()) {
        let page = changes(
            &app,
            &key,
            &format!("cursor={}&limit=7&wait=1", mirror.cursor),
        )
        .await;
        mirror.apply(&page);
    }
    for writer in writers {
        writer.await.unwrap();
    }
    mirror.catch_up_all(&app, &key).await;

    let expected = current_versions(&app).await;
    let mirrored: HashMap<(String, String), i64> = mirror
        .records
        .iter()
        .map(|(k, (v, _))| (k.clone(), *v))
        .collect();
    assert_eq!(mirrored.len(), expected.len());
    assert_eq!(
        mirrored, expected,
        "the mirror holds exactly the directory's records"
    );
    // Each mirrored record is what a read answers now (at the same tier), less what a read computes
    // from other records.
    for ((kind, id), (_, record)) in &mirror.records {
        let path = match kind.as_str() {
            "authority" => format!("/v1/authorities/{id}"),
            "legislation" => format!("/v1/legislation/{id}"),
            "treaty" => format!("/v1/treaties/{id}"),
            _ => format!("/v1/cases/{id}"),
        };
        let (status, read) = app.get_as(&path, &key).await;
        assert_eq!(status, 200);
        for (field, value) in record.as_object().unwrap() {
            if field == "provisions" {
                let stripped: Vec<Value> = read[field]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| {
                        let mut p = p.clone();
                        p.as_object_mut().unwrap().remove("cases");
                        p
                    })
                    .collect();
                assert_eq!(&Value::Array(stripped), value, "{path}");
            } else {
                assert_eq!(&read[field], value, "{path} {field}");
            }
        }
    }
}

#[tokio::test]
async fn the_feed_holds_back_changes_behind_a_late_commit_then_serves_it_first() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let partner = create_partner(&app, &admin.token, "Late", "public").await;
    let key = partner["api_key"].as_str().unwrap();
    let mut mirror = Mirror::default();
    mirror.catch_up_all(&app, key).await;
    let head = mirror.cursor.clone();

    // A long transaction deletes a record and stays open while three others commit.
    let (law, version): (uuid::Uuid, i64) = {
        let (_, page) = app.get_json("/v1/legislation?country=KEN&limit=1").await;
        let law = &page["items"][0];
        (
            law["id"].as_str().unwrap().parse().unwrap(),
            law["version"].as_i64().unwrap(),
        )
    };
    let mut slow = app.db().await;
    diesel_async::RunQueryDsl::execute(diesel::sql_query("BEGIN"), &mut slow)
        .await
        .unwrap();
    diesel_async::RunQueryDsl::execute(
        diesel::sql_query(
            "INSERT INTO change_log (entity, entity_id, operation, version, country)
             VALUES ('legislation', $1, 'delete', $2, 'KEN')",
        )
        .bind::<diesel::sql_types::Uuid, _>(law)
        .bind::<diesel::sql_types::BigInt, _>(version + 1),
        &mut slow,
    )
    .await
    .unwrap();
    let mut created = Vec::new();
    for _ in 0..3 {
        let response = app
            .send_json(
                Method::POST,
                "/v1/authorities",
                Some(&admin.token),
                &sample(Some("FRA")),
            )
            .await;
        assert_eq!(response.status(), 201);
        let body: Value = response.json().await.unwrap();
        created.push(body["id"].as_str().unwrap().to_owned());
    }
    let page = changes(&app, key, &format!("cursor={head}")).await;
    assert_eq!(
        page["items"],
        json!([]),
        "held back while the earlier transaction runs"
    );
    assert_eq!(page["next_cursor"], head.as_str());

    diesel_async::RunQueryDsl::execute(diesel::sql_query("COMMIT"), &mut slow)
        .await
        .unwrap();
    // Another test's transaction may hold the log back for a moment (transaction ids are
    // server-wide): wait for all four.
    let mut items = Vec::new();
    for _ in 0..100 {
        let page = changes(&app, key, &format!("cursor={head}&wait=1")).await;
        items = page["items"].as_array().unwrap().clone();
        if items.len() >= 4 {
            break;
        }
    }
    let ids: Vec<&str> = items.iter().map(|c| c["id"].as_str().unwrap()).collect();
    let law = law.to_string();
    let mut expected = vec![law.as_str()];
    expected.extend(created.iter().map(String::as_str));
    assert_eq!(ids, expected, "the late commit first: it began first");
    assert_eq!(items[0]["operation"], "delete");
}

#[tokio::test]
async fn the_feed_serves_each_record_at_the_readers_tier() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let public = create_partner(&app, &admin.token, "Public", "public").await;
    let restricted = create_partner(&app, &admin.token, "Restricted", "restricted").await;
    let mut mirrors = HashMap::new();
    for (name, key) in [
        ("public", public["api_key"].as_str().unwrap()),
        ("restricted", restricted["api_key"].as_str().unwrap()),
        ("admin", admin.token.as_str()),
    ] {
        let mut mirror = Mirror::default();
        mirror.catch_up_all(&app, key).await;
        mirrors.insert(name, (key.to_owned(), mirror));
    }
    let response = app
        .send_json(
            Method::POST,
            "/v1/authorities",
            Some(&admin.token),
            &sample(Some("FRA")),
        )
        .await;
    let id = response.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut seen = HashMap::new();
    for (name, (key, mirror)) in &mut mirrors {
        let page = changes(&app, key, &format!("cursor={}&wait=5", mirror.cursor)).await;
        mirror.apply(&page);
        let record = mirror.records[&("authority".to_owned(), id.clone())]
            .1
            .clone();
        seen.insert(*name, record);
    }
    let contacts = |record: &Value| -> Vec<String> {
        record["contacts"]
            .as_array()
            .map(|c| {
                c.iter()
                    .map(|c| c["name"].as_str().unwrap().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    assert!(seen["public"].get("phones").is_none(), "{}", seen["public"]);
    assert!(seen["public"].get("contacts").is_none());
    assert!(!seen["public"].to_string().contains("Demo Officer"));
    assert_eq!(contacts(&seen["restricted"]), ["Demo Officer Restricted"]);
    assert_eq!(
        contacts(&seen["admin"]),
        ["Demo Officer Restricted", "Demo Officer Confidential"]
    );
}

#[tokio::test]
async fn a_long_poll_answers_when_a_change_commits_and_bad_requests_are_refused() {
    let app = Arc::new(spawn_app().await);
    let admin = app.user("admin", None).await;
    let partner = create_partner(&app, &admin.token, "Poller", "public").await;
    let key = partner["api_key"].as_str().unwrap().to_owned();
    let mut mirror = Mirror::default();
    mirror.catch_up_all(&app, &key).await;

    // Nothing new: an immediate empty answer with the same cursor.
    let started = Instant::now();
    let page = changes(&app, &key, &format!("cursor={}", mirror.cursor)).await;
    assert_eq!(page["items"], json!([]));
    assert!(started.elapsed() < Duration::from_secs(2));

    // A write during a long poll ends it.
    let writer = {
        let (app, token) = (Arc::clone(&app), admin.token.clone());
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(500)).await;
            let response = app
                .send_json(
                    Method::POST,
                    "/v1/authorities",
                    Some(&token),
                    &sample(Some("FRA")),
                )
                .await;
            assert_eq!(response.status(), 201);
        })
    };
    let started = Instant::now();
    let page = changes(&app, &key, &format!("cursor={}&wait=30", mirror.cursor)).await;
    let waited = started.elapsed();
    writer.await.unwrap();
    assert_eq!(page["items"].as_array().unwrap().len(), 1, "{page}");
    assert!(waited >= Duration::from_millis(400), "{waited:?}");
    assert!(waited < Duration::from_secs(10), "{waited:?}");

    for (query, field) in [
        ("limit=0", "limit"),
        ("limit=1001", "limit"),
        ("limit=ten", "limit"),
        ("wait=61", "wait"),
        ("wait=-1", "wait"),
        ("cursor=yesterday", "cursor"),
        ("cursor=1.2.3", "cursor"),
        ("cursor=99999999999999999999999.1", "cursor"),
        ("since=0", "since"),
    ] {
        let response = app
            .send(Method::GET, &format!("/v1/changes?{query}"), Some(&key))
            .await;
        let body = assert_problem(response, 400, "invalid-parameter").await;
        assert!(body.to_string().contains(field), "{query}: {body}");
    }
    let response = app.send(Method::GET, "/v1/changes", None).await;
    assert_problem(response, 401, "unauthorized").await;
    let reader = app.user("reader", None).await;
    let response = app
        .send(Method::GET, "/v1/changes", Some(&reader.token))
        .await;
    assert_problem(response, 403, "forbidden").await;
}

#[tokio::test]
async fn a_cursor_older_than_the_pruned_log_is_gone_and_the_export_starts_afresh() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let partner = create_partner(&app, &admin.token, "Pruned", "public").await;
    let key = partner["api_key"].as_str().unwrap();
    let first = changes(&app, key, "limit=1").await;
    let old = first["next_cursor"].as_str().unwrap().to_owned();
    let mut mirror = Mirror::default();
    mirror.catch_up_all(&app, key).await;

    // Everything readable so far is pruned.
    let mut conn = app.db().await;
    let (deleted, horizon) = diesel_async::AsyncConnection::transaction::<
        _,
        diesel::result::Error,
        _,
    >(&mut conn, |conn| {
        Box::pin(async move {
            cna::changes::prune(conn, chrono::Utc::now() + chrono::Duration::days(1)).await
        })
    })
    .await
    .unwrap();
    assert!(deleted >= 290, "{deleted}");
    let read: cna::changes::Position = mirror.cursor.parse().unwrap();
    assert!(
        horizon > cna::changes::Position::default() && horizon <= read,
        "pruned up to (at most) the last change read: {horizon} {read}"
    );

    for cursor in ["", old.as_str()] {
        let response = app
            .send(
                Method::GET,
                &format!("/v1/changes?cursor={cursor}"),
                Some(key),
            )
            .await;
        let problem = assert_problem(response, 410, "gone").await;
        assert!(
            problem["detail"].as_str().unwrap().contains("/v1/export"),
            "{problem}"
        );
    }
    // The export's cursor is served, and so are the changes after it.
    let response = app
        .send(Method::GET, "/v1/export?type=case", Some(key))
        .await;
    let text = response.text().await.unwrap();
    let header: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    let cursor = header["cursor"].as_str().unwrap().to_owned();
    let page = changes(&app, key, &format!("cursor={cursor}")).await;
    assert_eq!(page["items"], json!([]));
    let response = app
        .send_json(
            Method::POST,
            "/v1/authorities",
            Some(&admin.token),
            &sample(Some("FRA")),
        )
        .await;
    assert_eq!(response.status(), 201);
    let page = changes(&app, key, &format!("cursor={cursor}&wait=10")).await;
    assert_eq!(page["items"].as_array().unwrap().len(), 1, "{page}");
    // Search keeps working on the pruned log.
    let (status, _) = app.search("q=extradition", None).await;
    assert_eq!(status, 200);
}
