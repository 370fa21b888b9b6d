//! Account administration, over HTTP and from the command line.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::{json, Value};

use crate::helpers::{assert_problem, spawn_app, TestApp, PASSWORD};

async fn create(app: &TestApp, token: Option<&str>, body: Value) -> reqwest::Response {
    app.send_json(reqwest::Method::POST, "/v1/admin/users", token, &body)
        .await
}

fn fields(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn administrators_create_list_and_read_accounts() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let response = create(
        &app,
        Some(&admin.token),
        json!({"email": "Focal.Point@Justice.example", "role": "focal_point", "country": "sen", "password": PASSWORD}),
    )
    .await;
    assert_eq!(response.status(), 201);
    let created: Value = response.json().await.unwrap();
    assert_eq!(
        (created["role"].as_str(), created["country"].as_str()),
        (Some("focal_point"), Some("SEN"))
    );
    assert!(created.get("password_hash").is_none() && !created.to_string().contains("argon2"));
    assert_eq!(
        app.login("focal.point@justice.example", PASSWORD)
            .await
            .status(),
        200
    );

    let duplicate = create(
        &app,
        Some(&admin.token),
        json!({"email": "FOCAL.POINT@justice.example", "role": "reader", "password": PASSWORD}),
    )
    .await;
    assert_problem(duplicate, 409, "conflict").await;

    let id = created["id"].as_str().unwrap();
    let (status, one) = app
        .get_as(&format!("/v1/admin/users/{id}"), &admin.token)
        .await;
    // Kept in the one form under which it signs in.
    assert_eq!(
        (status, one["email"].as_str()),
        (200, Some("focal.point@justice.example"))
    );
    let (status, page) = app.get_as("/v1/admin/users?limit=1", &admin.token).await;
    assert_eq!(status, 200);
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    let (_, rest) = app
        .get_as(
            &format!(
                "/v1/admin/users?limit=200&cursor={}",
                page["next_cursor"].as_str().unwrap()
            ),
            &admin.token,
        )
        .await;
    assert_eq!(
        rest["items"].as_array().unwrap().len(),
        1,
        "two accounts in all, one per page"
    );
    let (status, _) = app
        .get_as(
            "/v1/admin/users/00000000-0000-0000-0000-000000000000",
            &admin.token,
        )
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn invalid_accounts_are_refused_field_by_field() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    for (body, expected) in [
        (
            json!({"email": "not-an-email", "role": "reader", "password": PASSWORD}),
            vec!["email"],
        ),
        (
            json!({"email": "a@b.example", "role": "king", "password": PASSWORD}),
            vec!["role"],
        ),
        (
            json!({"email": "a@b.example", "role": "reader", "password": "short"}),
            vec!["password"],
        ),
        (
            json!({"email": "a@b.example", "role": "focal_point", "password": PASSWORD}),
            vec!["country"],
        ),
        (
            json!({"email": "a@b.example", "role": "reader", "country": "KEN", "password": PASSWORD}),
            vec!["country"],
        ),
        (
            json!({"email": "a@b.example", "role": "focal_point", "country": "XXX", "password": PASSWORD}),
            vec!["country"],
        ),
        (
            json!({"email": "x", "role": "x", "password": "x"}),
            vec!["email", "role", "password"],
        ),
        (
            json!({"email": "a@b.example", "role": "reader", "password": PASSWORD, "active": false}),
            vec!["active"],
        ),
        (
            json!({"email": 5, "role": "reader", "password": PASSWORD}),
            vec!["email"],
        ),
    ] {
        let problem = assert_problem(
            create(&app, Some(&admin.token), body.clone()).await,
            422,
            "validation",
        )
        .await;
        assert_eq!(fields(&problem), expected, "{body}");
    }
}

#[tokio::test]
async fn only_administrators_administer() {
    let app = spawn_app().await;
    let focal_point = app.user("focal_point", Some("KEN")).await;
    let reader = app.user("reader", None).await;
    let body = json!({"email": "new@test.example", "role": "admin", "password": PASSWORD});
    for token in [&focal_point.token, &reader.token] {
        assert_problem(
            create(&app, Some(token), body.clone()).await,
            403,
            "forbidden",
        )
        .await;
        let (status, _) = app.get_as("/v1/admin/users", token).await;
        assert_eq!(status, 403);
        let url = format!("/v1/admin/users/{}/disable", reader.id);
        let response = app.send(reqwest::Method::POST, &url, Some(token)).await;
        assert_problem(response, 403, "forbidden").await;
        let url = format!("/v1/admin/users/{}/reset-password", reader.id);
        let response = app
            .send_json(
                reqwest::Method::POST,
                &url,
                Some(token),
                &json!({"password": "attacker chosen password"}),
            )
            .await;
        assert_problem(response, 403, "forbidden").await;
    }
    assert_problem(create(&app, None, body).await, 401, "unauthorized").await;
    assert_problem(app.get("/v1/admin/users").await, 401, "unauthorized").await;
    // Nothing changed: the reader still signs in with the old password.
    assert_eq!(app.login(&reader.email, PASSWORD).await.status(), 200);
    assert_eq!(app.login("new@test.example", PASSWORD).await.status(), 401);
}

#[tokio::test]
async fn the_command_line_bootstraps_an_administrator() {
    let app = spawn_app().await;
    let run = |args: &[&str], stdin: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_cna"))
            .args(["user", "create", "--database-url", &app.database_url])
            .args(args)
            .arg("--password-stdin")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let output = run(
        &["--email", "root@secretariat.example", "--role", "admin"],
        &format!("{PASSWORD}\n"),
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        app.login("root@secretariat.example", PASSWORD)
            .await
            .status(),
        200
    );
    // A focal point, with the language of the messages sent to it.
    let output = run(
        &[
            "--email",
            "fp.cli@justice.fra.example",
            "--role",
            "focal_point",
            "--country",
            "FRA",
            "--language",
            "fr",
        ],
        &format!("{PASSWORD}\n"),
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let signed_in: serde_json::Value = app
        .login("fp.cli@justice.fra.example", PASSWORD)
        .await
        .json()
        .await
        .unwrap();
    let token = signed_in["access_token"].as_str().unwrap();
    let (_, me) = app.get_as("/v1/me", token).await;
    assert_eq!(me["language"], "fr");

    let output = run(
        &["--email", "fp@secretariat.example", "--role", "focal_point"],
        PASSWORD,
    );
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("country"));
    let output = run(
        &["--email", "root@secretariat.example", "--role", "admin"],
        PASSWORD,
    );
    assert!(!output.status.success(), "duplicate e-mail");
    let output = run(
        &["--email", "short@secretariat.example", "--role", "reader"],
        "short",
    );
    assert!(!output.status.success());
    assert!(!String::from_utf8_lossy(&output.stderr).contains(PASSWORD));
}
