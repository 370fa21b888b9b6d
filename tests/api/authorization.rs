//! The authorization matrix: every write route, tried by every caller who must be refused, against
//! another State's records. Each refusal has the right status and leaves the database, the history,
//! the change log and the audit trail exactly as they were.

use diesel_async::RunQueryDsl;
use reqwest::Method;
use serde_json::{json, Value};

use crate::accounts::bad_tokens;
use crate::authority_writes::sample;
use crate::helpers::{spawn_app, TestApp};

/// Everything a refused write must leave untouched.
async fn snapshot(app: &TestApp) -> Value {
    let mut conn = app.db().await;
    #[derive(diesel::QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        state: String,
    }
    let row: Row = diesel::sql_query(
        "SELECT json_build_array(
            (SELECT json_agg(a ORDER BY id) FROM authorities a),
            (SELECT json_agg(d ORDER BY authority_id, competence) FROM designations d),
            (SELECT json_agg(c ORDER BY authority_id, ordinal) FROM contacts c),
            (SELECT count(*) FROM record_versions),
            (SELECT count(*) FROM change_log),
            (SELECT count(*) FROM audit_log),
            (SELECT count(*) FROM idempotency_keys)
        )::text AS state",
    )
    .get_result(&mut conn)
    .await
    .unwrap();
    serde_json::from_str(&row.state).unwrap()
}

#[tokio::test]
async fn no_caller_writes_what_is_not_theirs() {
    let app = spawn_app().await;
    // State B (KEN) has a record; the focal point of State A (FRA) tries everything on it.
    let (_, page) = app.get_json("/v1/authorities?country=KEN").await;
    let target = page["items"][0]["id"].as_str().unwrap().to_owned();
    let version = page["items"][0]["version"].as_i64().unwrap();
    let focal_point_a = app.user("focal_point", Some("FRA")).await;
    let reader = app.user("reader", None).await;
    let mut callers: Vec<(String, Option<String>, u16)> = vec![
        (
            "focal point of another State".into(),
            Some(focal_point_a.token.clone()),
            403,
        ),
        ("reader".into(), Some(reader.token.clone()), 403),
        ("anonymous".into(), None, 401),
    ];
    for (what, token) in bad_tokens(&focal_point_a.id) {
        callers.push((format!("{what} token"), Some(token), 401));
    }
    // The admin's own id in a forged token must not help either.
    let admin = app.user("admin", None).await;
    for (what, token) in bad_tokens(&admin.id) {
        callers.push((format!("{what} admin token"), Some(token), 401));
    }

    let mut moved = sample(Some("FRA"));
    moved["names"] = json!({"en": "Moved"});
    moved["original_language"] = json!("en");
    let if_match = format!("\"{version}\"");
    let routes: Vec<(&str, Method, String, Option<Value>)> = vec![
        (
            "create in State B",
            Method::POST,
            "/v1/authorities".into(),
            Some(sample(Some("KEN"))),
        ),
        (
            "update B's record",
            Method::PUT,
            format!("/v1/authorities/{target}"),
            Some(sample(None)),
        ),
        (
            "move B's record to A",
            Method::PUT,
            format!("/v1/authorities/{target}"),
            Some(moved),
        ),
        (
            "retire B's record",
            Method::DELETE,
            format!("/v1/authorities/{target}"),
            None,
        ),
        (
            "confirm B's record",
            Method::POST,
            format!("/v1/authorities/{target}/confirm"),
            None,
        ),
    ];

    let before = snapshot(&app).await;
    for (caller, token, expected) in &callers {
        for (route, method, path, body) in &routes {
            let mut request = app
                .request(method.clone(), path, token.as_deref())
                .header("if-match", &if_match);
            if let Some(body) = body {
                request = request.header("idempotency-key", "matrix").json(body);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let content_type = response.headers().get("content-type").cloned();
            assert_eq!(status, *expected, "{caller}: {route}");
            assert_eq!(
                content_type.unwrap(),
                "application/problem+json",
                "{caller}: {route}"
            );
        }
    }
    assert_eq!(
        snapshot(&app).await,
        before,
        "a refused write changed something"
    );

    // The same writes by the right people succeed, so the refusals above were not for another reason.
    let focal_point_b = app.user("focal_point", Some("KEN")).await;
    let response = app
        .send(
            Method::POST,
            &format!("/v1/authorities/{target}/confirm"),
            Some(&focal_point_b.token),
        )
        .await;
    assert_eq!(response.status(), 200);
    let response = app
        .send_json(
            Method::POST,
            "/v1/authorities",
            Some(&admin.token),
            &sample(Some("KEN")),
        )
        .await;
    assert_eq!(response.status(), 201);
    assert_ne!(snapshot(&app).await, before);
}

#[tokio::test]
async fn a_focal_point_cannot_create_for_another_state_by_naming_it() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("FRA")).await;
    let before = snapshot(&app).await;
    for country in ["KEN", "ken", "DEU"] {
        let response = app
            .send_json(
                Method::POST,
                "/v1/authorities",
                Some(&fp.token),
                &sample(Some(country)),
            )
            .await;
        assert_eq!(response.status(), 403, "{country}");
    }
    // Naming its own State is fine, in any letter case.
    let response = app
        .send_json(
            Method::POST,
            "/v1/authorities",
            Some(&fp.token),
            &sample(Some("fra")),
        )
        .await;
    assert_eq!(response.status(), 201);
    assert_ne!(snapshot(&app).await, before);
}

#[tokio::test]
async fn no_caller_writes_another_states_legislation_or_cases() {
    use crate::legislation::{sample_case, sample_law};
    let app = spawn_app().await;
    let owner = app.user("focal_point", Some("KEN")).await;
    let law: Value = app
        .send_json(
            Method::POST,
            "/v1/legislation",
            Some(&owner.token),
            &sample_law(None),
        )
        .await
        .json()
        .await
        .unwrap();
    let case: Value = app
        .send_json(
            Method::POST,
            "/v1/cases",
            Some(&owner.token),
            &sample_case(None, None, "DEMO-MATRIX-1"),
        )
        .await
        .json()
        .await
        .unwrap();
    let law_path = format!("/v1/legislation/{}", law["id"].as_str().unwrap());
    let case_path = format!("/v1/cases/{}", case["id"].as_str().unwrap());
    let intruder = app.user("focal_point", Some("FRA")).await;
    let reader = app.user("reader", None).await;
    let mut callers: Vec<(String, Option<String>, u16)> = vec![
        (
            "focal point of another State".into(),
            Some(intruder.token.clone()),
            403,
        ),
        ("reader".into(), Some(reader.token.clone()), 403),
        ("anonymous".into(), None, 401),
    ];
    for (what, token) in bad_tokens(&owner.id) {
        callers.push((format!("{what} token"), Some(token), 401));
    }
    let routes: Vec<(&str, Method, String, Option<Value>)> = vec![
        (
            "create a law in State B",
            Method::POST,
            "/v1/legislation".into(),
            Some(sample_law(Some("KEN"))),
        ),
        (
            "update B's law",
            Method::PUT,
            law_path.clone(),
            Some(sample_law(None)),
        ),
        ("delete B's law", Method::DELETE, law_path.clone(), None),
        (
            "create a case in State B",
            Method::POST,
            "/v1/cases".into(),
            Some(sample_case(Some("KEN"), None, "DEMO-MATRIX-2")),
        ),
        (
            "update B's case",
            Method::PUT,
            case_path.clone(),
            Some(sample_case(None, None, "DEMO-MATRIX-1")),
        ),
        ("delete B's case", Method::DELETE, case_path.clone(), None),
    ];
    let before = legal_snapshot(&app).await;
    for (caller, token, expected) in &callers {
        for (route, method, path, body) in &routes {
            let mut request = app
                .request(method.clone(), path, token.as_deref())
                .header("if-match", "\"1\"");
            if let Some(body) = body {
                request = request.json(body);
            }
            let response = request.send().await.unwrap();
            assert_eq!(response.status().as_u16(), *expected, "{caller}: {route}");
        }
    }
    assert_eq!(
        legal_snapshot(&app).await,
        before,
        "a refused write changed something"
    );
    // The owner may do all of it.
    let response = app
        .request(Method::DELETE, &case_path, Some(&owner.token))
        .header("if-match", "\"1\"")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
}

async fn legal_snapshot(app: &TestApp) -> Value {
    let mut conn = app.db().await;
    #[derive(diesel::QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        state: String,
    }
    let row: Row = diesel::sql_query(
        "SELECT json_build_array(
            (SELECT json_agg(l ORDER BY id) FROM laws l),
            (SELECT count(*) FROM provisions),
            (SELECT json_agg(c ORDER BY id) FROM cases c),
            (SELECT count(*) FROM case_charges),
            (SELECT count(*) FROM record_versions),
            (SELECT count(*) FROM change_log),
            (SELECT count(*) FROM audit_log)
        )::text AS state",
    )
    .get_result(&mut conn)
    .await
    .unwrap();
    serde_json::from_str(&row.state).unwrap()
}
