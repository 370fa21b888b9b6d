//! Partner clients: administrators create, list and revoke them; a key is shown once, works as a
//! bearer credential at its tier, records its last use, stops at once when revoked, is rate
//! limited per key and per address, and has only so many requests in progress at once.

use std::sync::Arc;
use std::time::Duration;

use reqwest::Method;
use serde_json::{json, Value};

use crate::authority_writes::sample;
use crate::helpers::{assert_problem, spawn_app, spawn_app_with, TestApp};

/// Creates a partner client as `admin`; returns its answer (with the key).
pub async fn create_partner(app: &TestApp, admin: &str, name: &str, tier: &str) -> Value {
    let response = app
        .send_json(
            Method::POST,
            "/v1/admin/partners",
            Some(admin),
            &json!({"name": name, "tier": tier}),
        )
        .await;
    assert_eq!(response.status(), 201);
    assert_eq!(
        response.headers()["cache-control"],
        "no-store",
        "a key is not cached"
    );
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        location,
        format!("/v1/admin/partners/{}", body["id"].as_str().unwrap())
    );
    body
}

#[tokio::test]
async fn administrators_create_list_and_revoke_partner_clients() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let created = create_partner(&app, &admin.token, "  Knowledge portal  ", "public").await;
    let key = created["api_key"].as_str().unwrap();
    assert!(key.starts_with("cnap_") && key.len() == 48, "{key}");
    assert_eq!(created["name"], "Knowledge portal");
    assert_eq!(created["tier"], "public");
    assert_eq!(created["key_prefix"], &key[..13]);
    assert!(created["revoked_at"].is_null() && created["last_used_at"].is_null());
    let id = created["id"].as_str().unwrap();

    // Only the hash is stored.
    let mut conn = app.db().await;
    #[derive(diesel::QueryableByName)]
    struct Stored {
        #[diesel(sql_type = diesel::sql_types::Bytea)]
        key_hash: Vec<u8>,
    }
    let stored: Stored = diesel_async::RunQueryDsl::get_result(
        diesel::sql_query("SELECT key_hash FROM partner_clients WHERE id = $1::uuid")
            .bind::<diesel::sql_types::Text, _>(id),
        &mut conn,
    )
    .await
    .unwrap();
    assert_eq!(stored.key_hash.len(), 32);
    assert!(!stored
        .key_hash
        .windows(8)
        .any(|w| key.as_bytes().windows(8).any(|k| k == w)));

    // Listed and read without the key.
    let response = app
        .send(Method::GET, "/v1/admin/partners", Some(&admin.token))
        .await;
    let page: Value = response.json().await.unwrap();
    let listed = &page["items"][0];
    assert_eq!(listed["id"], created["id"]);
    assert!(listed.get("api_key").is_none(), "{listed}");
    assert!(!page.to_string().contains(key));
    let response = app
        .send(
            Method::GET,
            &format!("/v1/admin/partners/{id}"),
            Some(&admin.token),
        )
        .await;
    let one: Value = response.json().await.unwrap();
    assert_eq!(one["name"], "Knowledge portal");
    assert!(one.get("api_key").is_none());

    // Bad requests change nothing.
    let response = app
        .send_json(
            Method::POST,
            "/v1/admin/partners",
            Some(&admin.token),
            &json!({"name": " ", "tier": "secret"}),
        )
        .await;
    let problem = assert_problem(response, 422, "validation").await;
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["field"].as_str())
        .collect();
    assert_eq!(fields, ["name", "tier"], "{problem}");
    let response = app
        .send_json(
            Method::POST,
            "/v1/admin/partners",
            Some(&admin.token),
            &json!({"name": "x", "tier": "public", "api_key": "cnap_mine"}),
        )
        .await;
    assert!(response.status().is_client_error());
    for (path, method) in [
        ("/v1/admin/partners", Method::GET),
        ("/v1/admin/partners", Method::POST),
        (&format!("/v1/admin/partners/{id}") as &str, Method::GET),
        (&format!("/v1/admin/partners/{id}/revoke"), Method::POST),
    ] {
        let reader = app.user("reader", None).await;
        let response = app
            .send_json(
                method.clone(),
                path,
                Some(&reader.token),
                &json!({"name": "x", "tier": "public"}),
            )
            .await;
        assert_problem(response, 403, "forbidden").await;
        let response = app
            .send_json(
                method.clone(),
                path,
                None,
                &json!({"name": "x", "tier": "public"}),
            )
            .await;
        assert_problem(response, 401, "unauthorized").await;
        let response = app
            .send_json(
                method,
                path,
                Some(key),
                &json!({"name": "x", "tier": "public"}),
            )
            .await;
        assert_problem(response, 403, "forbidden").await;
    }
    let response = app
        .send(Method::GET, "/v1/admin/partners", Some(&admin.token))
        .await;
    let page: Value = response.json().await.unwrap();
    assert_eq!(page["items"].as_array().unwrap().len(), 1, "{page}");

    // The key works, and its use is recorded.
    let response = app.send(Method::GET, "/v1/countries/KEN", Some(key)).await;
    assert_eq!(response.status(), 200);
    let response = app
        .send(Method::GET, "/v1/authorities?limit=1", Some(key))
        .await;
    assert_eq!(response.status(), 200);
    let response = app
        .send(
            Method::GET,
            &format!("/v1/admin/partners/{id}"),
            Some(&admin.token),
        )
        .await;
    let used: Value = response.json().await.unwrap();
    assert!(used["last_used_at"].is_string(), "{used}");

    // Revoked: refused at once; revoking again keeps the first time.
    let response = app
        .send(
            Method::POST,
            &format!("/v1/admin/partners/{id}/revoke"),
            Some(&admin.token),
        )
        .await;
    assert_eq!(response.status(), 200);
    let revoked: Value = response.json().await.unwrap();
    assert!(revoked["revoked_at"].is_string());
    let response = app
        .send(Method::GET, "/v1/authorities?limit=1", Some(key))
        .await;
    assert_problem(response, 401, "unauthorized").await;
    let response = app
        .send(
            Method::POST,
            &format!("/v1/admin/partners/{id}/revoke"),
            Some(&admin.token),
        )
        .await;
    let again: Value = response.json().await.unwrap();
    assert_eq!(again["revoked_at"], revoked["revoked_at"]);
    let response = app
        .send(
            Method::POST,
            &format!("/v1/admin/partners/{}/revoke", uuid::Uuid::new_v4()),
            Some(&admin.token),
        )
        .await;
    assert_problem(response, 404, "not-found").await;

    // A key that was never issued.
    let response = app
        .send(
            Method::GET,
            "/v1/authorities?limit=1",
            Some("cnap_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
        )
        .await;
    assert_problem(response, 401, "unauthorized").await;
}

#[tokio::test]
async fn a_partner_sees_its_tier_and_writes_nothing() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let response = app
        .send_json(
            Method::POST,
            "/v1/authorities",
            Some(&admin.token),
            &sample(Some("FRA")),
        )
        .await;
    assert_eq!(response.status(), 201);
    let authority: Value = response.json().await.unwrap();
    let path = format!("/v1/authorities/{}", authority["id"].as_str().unwrap());
    let public = create_partner(&app, &admin.token, "Public portal", "public").await;
    let restricted = create_partner(&app, &admin.token, "Judicial network", "restricted").await;

    let read = |key: String| {
        let request = app.request(Method::GET, &path, Some(&key));
        async move { request.send().await.unwrap().json::<Value>().await.unwrap() }
    };
    let seen = read(public["api_key"].as_str().unwrap().to_owned()).await;
    assert!(
        seen.get("phones").is_none() && seen.get("emails").is_none(),
        "{seen}"
    );
    assert!(seen.get("contacts").is_none(), "{seen}");
    assert!(!seen.to_string().contains("Demo Officer"));
    let seen = read(restricted["api_key"].as_str().unwrap().to_owned()).await;
    assert_eq!(seen["phones"], json!(["+33 0000 0500"]), "{seen}");
    let names: Vec<&str> = seen["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert_eq!(
        names,
        ["Demo Officer Restricted"],
        "never the confidential contact"
    );

    for key in [&public, &restricted].map(|p| p["api_key"].as_str().unwrap()) {
        let response = app
            .send_json(
                Method::POST,
                "/v1/authorities",
                Some(key),
                &sample(Some("FRA")),
            )
            .await;
        assert_problem(response, 403, "forbidden").await;
    }
}

#[tokio::test]
async fn partners_are_rate_limited_per_key_and_per_address() {
    // Eight a minute from the address: the administrator's sign-in and two creates, then five.
    let app = spawn_app_with(|s| {
        s.partner_rate_limit = 3;
        s.address_rate_limit = 8;
    })
    .await;
    let admin = app.user("admin", None).await;
    let first = create_partner(&app, &admin.token, "First", "public").await;
    let second = create_partner(&app, &admin.token, "Second", "public").await;
    let (first, second) = (
        first["api_key"].as_str().unwrap().to_owned(),
        second["api_key"].as_str().unwrap().to_owned(),
    );
    let get = |key: &str, etag: Option<&str>| {
        let mut request = app.request(Method::GET, "/v1/countries/KEN", Some(key));
        if let Some(etag) = etag {
            request = request.header("if-none-match", etag);
        }
        request.send()
    };

    let response = get(&first, None).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["ratelimit-policy"], "3;w=60");
    let current = response.headers()["ratelimit"].to_str().unwrap().to_owned();
    assert!(
        current.starts_with("limit=3, remaining=2, reset="),
        "{current}"
    );
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    // A 304 does not count.
    for _ in 0..3 {
        let response = get(&first, Some(&etag)).await.unwrap();
        assert_eq!(response.status(), 304);
        let current = response.headers()["ratelimit"].to_str().unwrap();
        assert!(current.starts_with("limit=3, remaining=2,"), "{current}");
    }
    for remaining in [1, 0] {
        let response = get(&first, None).await.unwrap();
        assert_eq!(response.status(), 200);
        let current = response.headers()["ratelimit"].to_str().unwrap();
        assert!(
            current.starts_with(&format!("limit=3, remaining={remaining},")),
            "{current}"
        );
    }
    let response = get(&first, None).await.unwrap();
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    assert!(response.headers().contains_key("ratelimit"));
    assert_problem(response, 429, "too-many-requests").await;

    // The other key has its own allowance, within what is left of the address's eight.
    for _ in 0..2 {
        assert_eq!(get(&second, None).await.unwrap().status(), 200);
    }
    let response = get(&second, None).await.unwrap();
    let current = response.headers()["ratelimit"].to_str().unwrap().to_owned();
    assert!(
        current.starts_with("limit=8, remaining=0,"),
        "the address's limit: {current}"
    );
    assert_problem(response, 429, "too-many-requests").await;
    // Guessed keys from the same address are refused before they are even looked up.
    let response = get("cnap_guess", None).await.unwrap();
    assert_problem(response, 429, "too-many-requests").await;

    // Nor can the address go on without a key.
    let response = app.get("/v1/countries/KEN").await;
    assert!(response.headers()["ratelimit"]
        .to_str()
        .unwrap()
        .starts_with("limit=8, remaining=0,"));
    assert_problem(response, 429, "too-many-requests").await;
}

#[tokio::test]
async fn a_key_has_only_so_many_requests_in_progress_at_once() {
    let app = Arc::new(spawn_app_with(|s| s.partner_concurrency = 1).await);
    let admin = app.user("admin", None).await;
    let busy = create_partner(&app, &admin.token, "Busy", "public").await;
    let other = create_partner(&app, &admin.token, "Other", "public").await;
    let (busy, other) = (
        busy["api_key"].as_str().unwrap().to_owned(),
        other["api_key"].as_str().unwrap().to_owned(),
    );
    // The head of the log, where a long poll waits.
    let mut head = String::new();
    loop {
        let path = format!("/v1/changes?limit=1000&cursor={head}");
        let path = if head.is_empty() {
            "/v1/changes?limit=1000"
        } else {
            &path
        };
        let (status, page) = app.get_as(path, &busy).await;
        assert_eq!(status, 200, "{page}");
        if page["items"].as_array().unwrap().is_empty() {
            break;
        }
        head = page["next_cursor"].as_str().unwrap().to_owned();
    }

    // A long poll holds the key's one place (it tries again while the place is taken).
    let waiting = tokio::spawn({
        let (app, busy, head) = (Arc::clone(&app), busy.clone(), head.clone());
        async move {
            loop {
                let (status, page) = app
                    .get_as(&format!("/v1/changes?cursor={head}&wait=20"), &busy)
                    .await;
                if status != 429 {
                    return (status, page);
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
    });
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let refused = loop {
        let response = app
            .send(Method::GET, "/v1/countries/KEN", Some(&busy))
            .await;
        if response.status() == 429 {
            break response;
        }
        assert!(std::time::Instant::now() < deadline, "never refused");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    assert_eq!(refused.headers()["retry-after"], "1");
    let problem = assert_problem(refused, 429, "too-many-requests").await;
    assert!(
        problem["detail"].as_str().unwrap().contains("at once"),
        "{problem}"
    );
    // Another key is not held up.
    let (status, _) = app.get_as("/v1/countries/KEN", &other).await;
    assert_eq!(status, 200);

    // A change ends the long poll; its place is free again.
    let response = app
        .send_json(
            Method::POST,
            "/v1/authorities",
            Some(&admin.token),
            &sample(Some("FRA")),
        )
        .await;
    assert_eq!(response.status(), 201);
    let (status, page) = waiting.await.unwrap();
    assert_eq!(status, 200, "{page}");
    assert_eq!(page["items"].as_array().unwrap().len(), 1, "{page}");
    let mut status = 0;
    for _ in 0..50 {
        status = app.get_as("/v1/countries/KEN", &busy).await.0;
        if status == 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(status, 200);
}
