//! Focal points and administrators writing the directory.

use diesel_async::RunQueryDsl;
use reqwest::Method;
use serde_json::{json, Value};

use crate::helpers::{assert_problem, spawn_app, TestApp, TestUser};

/// A valid authority document.
pub fn sample(country: Option<&str>) -> Value {
    let mut body = json!({
        "names": {"fr": "Parquet national financier", "en": "National Financial Prosecutor's Office"},
        "original_language": "fr",
        "acronym": "PNF",
        "kind": "prosecution",
        "address": "Demo address: 1 rue de l'Exemple, Paris",
        "website": "https://pnf.fra.example",
        "phones": ["+33 0000 0500"],
        "emails": ["pnf@justice.fra.example"],
        "timezone": "Europe/Paris",
        "available_24_7": false,
        "designations": [{
            "competence": "ASSET_RECOVERY",
            "legal_bases": ["UNCAC chapter V"],
            "is_central": false,
            "channels": ["direct"],
            "means": ["email", "secure_platform"],
            "languages_accepted": ["fr", "en"],
            "untoc_as_legal_basis": "with_conditions",
            "untoc_legal_basis_note": "Reciprocity is required.",
            "legal_requirements": "Requests must identify the assets and the offence."
        }],
        "contacts": [
            {"name": "Demo Officer Restricted", "phones": ["+33 0000 0501"], "email": "r@pnf.fra.example",
             "languages": ["fr"], "role": "desk_officer", "visibility": "restricted"},
            {"name": "Demo Officer Confidential", "phones": ["+33 0000 0502"], "languages": ["fr"],
             "role": "duty_24_7", "visibility": "confidential"}
        ]
    });
    if let Some(country) = country {
        body["country"] = json!(country);
    }
    body
}

pub async fn send(
    app: &TestApp,
    method: Method,
    path: &str,
    user: Option<&TestUser>,
    body: Option<&Value>,
) -> reqwest::Response {
    let mut request = app.request(method, path, user.map(|u| u.token.as_str()));
    if let Some(body) = body {
        request = request.json(body);
    }
    request.send().await.unwrap()
}

async fn create(app: &TestApp, user: &TestUser, body: &Value) -> Value {
    let response = send(app, Method::POST, "/v1/authorities", Some(user), Some(body)).await;
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
    response.json().await.unwrap()
}

/// The current ETag of a record as `user` sees it.
pub async fn etag_of(app: &TestApp, id: &str, user: &TestUser) -> String {
    let response = send(
        app,
        Method::GET,
        &format!("/v1/authorities/{id}"),
        Some(user),
        None,
    )
    .await;
    response.headers()["etag"].to_str().unwrap().to_owned()
}

pub async fn count(app: &TestApp, sql: &str) -> i64 {
    let mut conn = app.db().await;
    diesel::dsl::sql::<diesel::sql_types::BigInt>(sql)
        .get_result(&mut conn)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_focal_point_creates_a_record_of_their_own_state_in_one_transaction() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("FRA")).await;
    let response = send(
        &app,
        Method::POST,
        "/v1/authorities",
        Some(&fp),
        Some(&sample(None)),
    )
    .await;
    assert_eq!(response.status(), 201);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    let created: Value = response.json().await.unwrap();
    let id = created["id"].as_str().unwrap();
    assert_eq!(location, format!("/v1/authorities/{id}"));
    assert!(etag.starts_with("\"1-"));
    assert_eq!(
        (created["country"].as_str(), created["version"].as_i64()),
        (Some("FRA"), Some(1))
    );
    assert_eq!(
        created["contacts"].as_array().unwrap().len(),
        2,
        "own State: confidential contacts too"
    );
    assert_eq!(created["stale"], false);
    assert_eq!(created["last_confirmed_by"], fp.email);

    let (_, public) = app.get_json(&format!("/v1/authorities/{id}")).await;
    assert!(public.get("contacts").is_none() && public.get("phones").is_none());
    let (_, listed) = app
        .get_json("/v1/authorities?country=FRA&competence=ASSET_RECOVERY&limit=200")
        .await;
    assert!(listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["id"] == id));

    let q = |table: &str| {
        format!(
            "SELECT count(*) FROM {table} WHERE {} = '{id}'",
            if ["audit_log", "change_log", "record_versions"].contains(&table) {
                "entity_id"
            } else {
                "authority_id"
            }
        )
    };
    assert_eq!(count(&app, &q("record_versions")).await, 1);
    assert_eq!(count(&app, &q("change_log")).await, 1);
    assert_eq!(count(&app, &q("audit_log")).await, 1);
    assert_eq!(count(&app, &q("designations")).await, 1);

    let (_, history) = app
        .get_as(&format!("/v1/authorities/{id}/history"), &fp.token)
        .await;
    let versions = history["items"].as_array().unwrap();
    assert_eq!(versions.len(), 1);
    assert_eq!(
        (
            versions[0]["action"].as_str(),
            versions[0]["actor"].as_str()
        ),
        (Some("create"), Some(fp.email.as_str()))
    );
}

#[tokio::test]
async fn administrators_name_the_country_and_server_fields_are_ignored() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let problem = assert_problem(
        send(
            &app,
            Method::POST,
            "/v1/authorities",
            Some(&admin),
            Some(&sample(None)),
        )
        .await,
        422,
        "validation",
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "country");
    let mut body = sample(Some("jpn"));
    for (key, value) in [
        ("id", json!("00000000-0000-0000-0000-000000000001")),
        ("version", json!(99)),
        ("status", json!("retired")),
        ("last_confirmed_at", json!("2000-01-01T00:00:00Z")),
        ("stale", json!(true)),
    ] {
        body[key] = value;
    }
    let created = create(&app, &admin, &body).await;
    assert_eq!(created["country"], "JPN");
    assert_ne!(created["id"], "00000000-0000-0000-0000-000000000001");
    assert_eq!(
        (created["version"].as_i64(), created["status"].as_str()),
        (Some(1), Some("active"))
    );
    assert_ne!(created["last_confirmed_at"], "2000-01-01T00:00:00Z");
}

#[tokio::test]
async fn invalid_documents_are_refused_with_every_field_named() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("FRA")).await;
    let before = count(&app, "SELECT count(*) FROM authorities").await;
    let mut body = sample(None);
    body["names"] = json!({"fr": "  ", "xx": "Nom"});
    body["website"] = json!("pnf.fra.example");
    body["phones"] = json!(["01 23 45 67 89"]);
    body["emails"] = json!(["not-an-address"]);
    body["timezone"] = json!("Europe/Atlantis");
    body["designations"][0]["languages_accepted"] = json!(["fr", "french"]);
    body["contacts"][0]["name"] = json!("");
    let problem = assert_problem(
        send(
            &app,
            Method::POST,
            "/v1/authorities",
            Some(&fp),
            Some(&body),
        )
        .await,
        422,
        "validation",
    )
    .await;
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    for expected in [
        "names.fr",
        "names.xx",
        "website",
        "phones[0]",
        "emails[0]",
        "timezone",
        "designations[0].languages_accepted[1]",
        "contacts[0].name",
    ] {
        assert!(
            fields.contains(&expected),
            "{expected} missing from {fields:?}"
        );
    }

    let mut body = sample(None);
    body["designations"][0]["channels"] = json!(["direct", "pigeon"]);
    let problem = assert_problem(
        send(
            &app,
            Method::POST,
            "/v1/authorities",
            Some(&fp),
            Some(&body),
        )
        .await,
        422,
        "validation",
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "designations[0].channels[1]");

    let mut body = sample(None);
    body["designations"][0]["competence"] = json!("TELEPATHY");
    let problem = assert_problem(
        send(
            &app,
            Method::POST,
            "/v1/authorities",
            Some(&fp),
            Some(&body),
        )
        .await,
        422,
        "validation",
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "designations[0].competence");

    let mut body = sample(None);
    body["designations"][0]["legal_bases"] = json!(["UNTOC 18(13)"]);
    let problem = assert_problem(
        send(
            &app,
            Method::POST,
            "/v1/authorities",
            Some(&fp),
            Some(&body),
        )
        .await,
        422,
        "validation",
    )
    .await;
    assert_eq!(
        problem["errors"][0]["field"],
        "designations[0].legal_bases[0]"
    );

    let mut body = sample(None);
    body["colour"] = json!("blue");
    let problem = assert_problem(
        send(
            &app,
            Method::POST,
            "/v1/authorities",
            Some(&fp),
            Some(&body),
        )
        .await,
        422,
        "validation",
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "colour");

    let mut body = sample(None);
    body["designations"] = json!([]);
    body["names"] = json!({"en": "Only English"});
    let problem = assert_problem(
        send(
            &app,
            Method::POST,
            "/v1/authorities",
            Some(&fp),
            Some(&body),
        )
        .await,
        422,
        "validation",
    )
    .await;
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["names", "designations"], "{problem}");

    let mut body = sample(None);
    body["parent_id"] = json!("00000000-0000-0000-0000-000000000000");
    let problem = assert_problem(
        send(
            &app,
            Method::POST,
            "/v1/authorities",
            Some(&fp),
            Some(&body),
        )
        .await,
        422,
        "validation",
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "parent_id");

    let response = app
        .request(Method::POST, "/v1/authorities", Some(&fp.token))
        .header("content-type", "application/json")
        .body("{\"names\": ")
        .send()
        .await
        .unwrap();
    assert_problem(response, 400, "malformed-request").await;
    let response = app
        .request(Method::POST, "/v1/authorities", Some(&fp.token))
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    assert_problem(response, 415, "unsupported-media-type").await;
    assert_eq!(
        count(&app, "SELECT count(*) FROM authorities").await,
        before,
        "nothing was written"
    );
}

#[tokio::test]
async fn updates_need_the_current_etag_and_never_move_a_record() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("FRA")).await;
    let created = create(&app, &fp, &sample(None)).await;
    let id = created["id"].as_str().unwrap();
    let path = format!("/v1/authorities/{id}");
    let mut body = created.clone();
    body["acronym"] = json!("PNF2");

    assert_problem(
        send(&app, Method::PUT, &path, Some(&fp), Some(&body)).await,
        428,
        "precondition-required",
    )
    .await;
    let etag = etag_of(&app, id, &fp).await;
    let put = |tag: String, body: Value| {
        let app = &app;
        let fp = &fp;
        let path = path.clone();
        async move {
            app.request(Method::PUT, &path, Some(&fp.token))
                .header("if-match", tag)
                .json(&body)
                .send()
                .await
                .unwrap()
        }
    };
    // The body as read (with server fields) goes back as is.
    let response = put(etag.clone(), body.clone()).await;
    assert_eq!(response.status(), 200);
    let new_etag = response.headers()["etag"].to_str().unwrap().to_owned();
    let updated: Value = response.json().await.unwrap();
    assert_eq!(
        (updated["acronym"].as_str(), updated["version"].as_i64()),
        (Some("PNF2"), Some(2))
    );
    assert_ne!(new_etag, etag);

    assert_problem(
        put(etag.clone(), body.clone()).await,
        412,
        "precondition-failed",
    )
    .await;
    assert_problem(
        put("W/\"2\"".into(), body.clone()).await,
        412,
        "precondition-failed",
    )
    .await;
    // The bare version form is accepted.
    body["acronym"] = json!("PNF3");
    assert_eq!(put("\"2\"".into(), body.clone()).await.status(), 200);

    let mut moved = body.clone();
    moved["country"] = json!("DEU");
    let problem = assert_problem(put("\"3\"".into(), moved).await, 422, "validation").await;
    assert_eq!(problem["errors"][0]["field"], "country");
    let mut own_parent = body.clone();
    own_parent["parent_id"] = json!(id);
    let problem = assert_problem(put("\"3\"".into(), own_parent).await, 422, "validation").await;
    assert_eq!(problem["errors"][0]["field"], "parent_id");

    let (_, history) = app.get_as(&format!("{path}/history"), &fp.token).await;
    let actions: Vec<&str> = history["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["create", "update", "update"]);
    assert_eq!(history["items"][1]["document"]["acronym"], "PNF2");
}

#[tokio::test]
async fn concurrent_edits_lose_no_update() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("FRA")).await;
    let created = create(&app, &fp, &sample(None)).await;
    let id = created["id"].as_str().unwrap().to_owned();
    let etag = etag_of(&app, &id, &fp).await;
    let edits = (0..6).map(|i| {
        let mut body = created.clone();
        body["acronym"] = json!(format!("EDIT{i}"));
        app.request(
            Method::PUT,
            &format!("/v1/authorities/{id}"),
            Some(&fp.token),
        )
        .header("if-match", etag.clone())
        .json(&body)
        .send()
    });
    let results = futures_util::future::join_all(edits).await;
    let statuses: Vec<u16> = results
        .iter()
        .map(|r| r.as_ref().unwrap().status().as_u16())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 412).count(),
        5,
        "{statuses:?}"
    );
    let (_, now) = app
        .get_as(&format!("/v1/authorities/{id}"), &fp.token)
        .await;
    assert_eq!(now["version"], 2);
    let q = format!("SELECT count(*) FROM record_versions WHERE entity_id = '{id}'");
    assert_eq!(count(&app, &q).await, 2);
}

#[tokio::test]
async fn retiring_keeps_the_record_out_of_the_default_list_and_in_history() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("FRA")).await;
    let created = create(&app, &fp, &sample(None)).await;
    let id = created["id"].as_str().unwrap();
    let path = format!("/v1/authorities/{id}");
    assert_problem(
        send(&app, Method::DELETE, &path, Some(&fp), None).await,
        428,
        "precondition-required",
    )
    .await;
    let response = app
        .request(Method::DELETE, &path, Some(&fp.token))
        .header("if-match", "\"1\"")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let retired: Value = response.json().await.unwrap();
    assert_eq!(
        (retired["status"].as_str(), retired["version"].as_i64()),
        (Some("retired"), Some(2))
    );
    let response = app
        .request(Method::DELETE, &path, Some(&fp.token))
        .header("if-match", "*")
        .send()
        .await
        .unwrap();
    assert_problem(response, 409, "conflict").await;

    let all = app.collect("/v1/authorities?country=FRA", 200).await;
    assert!(all.iter().all(|a| a["id"] != id));
    let retired_list = app
        .collect("/v1/authorities?country=FRA&status=retired", 200)
        .await;
    assert!(retired_list.iter().any(|a| a["id"] == id));
    assert_eq!(app.get(&path).await.status(), 200, "still readable");
    let op = format!("SELECT count(*) FROM change_log WHERE entity_id = '{id}' AND operation = 'delete' AND version = 2");
    assert_eq!(count(&app, &op).await, 1);
    let response = send(
        &app,
        Method::POST,
        &format!("{path}/confirm"),
        Some(&fp),
        None,
    )
    .await;
    assert_problem(response, 409, "conflict").await;
}

#[tokio::test]
async fn confirming_clears_stale() {
    let app = spawn_app().await;
    let stale = app
        .collect("/v1/authorities?country=FRA&stale=true", 200)
        .await;
    let target = match stale.as_slice().first() {
        Some(a) => a["id"].as_str().unwrap().to_owned(),
        None => {
            let (_, page) = app.get_json("/v1/authorities?country=FRA").await;
            let id = page["items"][0]["id"].as_str().unwrap().to_owned();
            let mut conn = app.db().await;
            diesel::sql_query(format!(
                "UPDATE authorities SET last_confirmed_at = now() - interval '400 days' WHERE id = '{id}'"
            ))
            .execute(&mut conn)
            .await
            .unwrap();
            id
        }
    };
    let fp = app.user("focal_point", Some("FRA")).await;
    let (_, before) = app
        .get_as(&format!("/v1/authorities/{target}"), &fp.token)
        .await;
    assert_eq!(before["stale"], true);
    let response = app
        .request(
            Method::POST,
            &format!("/v1/authorities/{target}/confirm"),
            Some(&fp.token),
        )
        .header("if-match", "\"12345\"")
        .send()
        .await
        .unwrap();
    assert_problem(response, 412, "precondition-failed").await;
    let response = send(
        &app,
        Method::POST,
        &format!("/v1/authorities/{target}/confirm"),
        Some(&fp),
        None,
    )
    .await;
    assert_eq!(response.status(), 200);
    let after: Value = response.json().await.unwrap();
    assert_eq!(after["stale"], false);
    assert_eq!(after["last_confirmed_by"], fp.email);
    assert_eq!(
        after["version"].as_i64(),
        before["version"].as_i64().map(|v| v + 1)
    );
    let fresh = app
        .collect("/v1/authorities?country=FRA&stale=false", 200)
        .await;
    assert!(fresh.iter().any(|a| a["id"] == target.as_str()));
}

#[tokio::test]
async fn a_retried_create_with_an_idempotency_key_returns_the_first_answer() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("FRA")).await;
    let before = count(&app, "SELECT count(*) FROM authorities").await;
    let post = |key: &'static str, body: Value| {
        app.request(Method::POST, "/v1/authorities", Some(&fp.token))
            .header("idempotency-key", key)
            .json(&body)
            .send()
    };
    let first = post("create-pnf-1", sample(None)).await.unwrap();
    assert_eq!(first.status(), 201);
    let first: Value = first.json().await.unwrap();
    let again = post("create-pnf-1", sample(None)).await.unwrap();
    assert_eq!(again.status(), 201);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    let again: Value = again.json().await.unwrap();
    assert_eq!(again["id"], first["id"]);
    assert_eq!(
        count(&app, "SELECT count(*) FROM authorities").await,
        before + 1
    );
    let mut other = sample(None);
    other["acronym"] = json!("OTHER");
    let problem = assert_problem(
        post("create-pnf-1", other).await.unwrap(),
        422,
        "validation",
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "Idempotency-Key");
    assert_eq!(
        post("create-pnf-2", sample(None)).await.unwrap().status(),
        201
    );
    assert_eq!(
        count(&app, "SELECT count(*) FROM authorities").await,
        before + 2
    );
}

#[tokio::test]
async fn each_role_sees_its_tier_on_every_read_route() {
    let app = spawn_app().await;
    let own = app.user("focal_point", Some("FRA")).await;
    let created = create(&app, &own, &sample(None)).await;
    let id = created["id"].as_str().unwrap();
    let other = app.user("focal_point", Some("DEU")).await;
    let reader = app.user("reader", None).await;
    let admin = app.user("admin", None).await;
    let names = |a: &Value| -> Option<Vec<String>> {
        a.get("contacts").map(|cs| {
            cs.as_array()
                .unwrap()
                .iter()
                .map(|c| c["name"].as_str().unwrap().to_owned())
                .collect()
        })
    };
    let both = Some(vec![
        "Demo Officer Restricted".to_owned(),
        "Demo Officer Confidential".to_owned(),
    ]);
    let restricted = Some(vec!["Demo Officer Restricted".to_owned()]);
    for (user, expected, phones) in [
        (&own, both.clone(), true),
        (&admin, both.clone(), true),
        (&other, restricted.clone(), true),
        (&reader, restricted.clone(), true),
    ] {
        let (_, one) = app
            .get_as(&format!("/v1/authorities/{id}"), &user.token)
            .await;
        assert_eq!(names(&one), expected, "{}", user.email);
        assert_eq!(one.get("phones").is_some(), phones);
        let (_, page) = app
            .get_as(
                "/v1/authorities?country=FRA&competence=ASSET_RECOVERY&limit=200",
                &user.token,
            )
            .await;
        let listed = page["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id)
            .unwrap()
            .clone();
        assert_eq!(names(&listed), expected, "list, {}", user.email);
        let (_, history) = app
            .get_as(&format!("/v1/authorities/{id}/history"), &user.token)
            .await;
        assert_eq!(
            names(&history["items"][0]["document"]),
            expected,
            "history, {}",
            user.email
        );
        assert!(history["items"][0]["actor"].is_string());
    }
    let (_, history) = app.get_json(&format!("/v1/authorities/{id}/history")).await;
    assert!(
        history["items"][0].get("actor").is_none(),
        "anonymous callers do not see who edited"
    );
    assert!(history["items"][0]["document"].get("contacts").is_none());
}
