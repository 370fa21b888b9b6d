//! Signing in, sessions and tokens.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use jsonwebtoken::{encode, Algorithm, EncodingKey, Header};
use serde_json::{json, Value};

use crate::helpers::{assert_problem, spawn_app, TestApp, PASSWORD, TEST_SECRET};

async fn me(app: &TestApp, token: &str) -> reqwest::Response {
    app.send(reqwest::Method::GET, "/v1/me", Some(token)).await
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// The claims this server would put in a token issued now for `sub`.
fn claims_now(sub: &str) -> Value {
    let now = chrono::Utc::now();
    json!({"sub": sub, "iss": "cna", "aud": "cna-api", "iat": now.timestamp(),
           "iat_us": now.timestamp_micros(), "exp": now.timestamp() + 600})
}

/// A token signed with `secret` carrying `claims`.
fn forge(claims: &Value, secret: &str) -> String {
    encode(
        &Header::new(Algorithm::HS256),
        claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

#[tokio::test]
async fn sign_in_gives_a_short_lived_pinned_token_and_me_names_the_account() {
    let app = spawn_app().await;
    let user = app.user("focal_point", Some("ken")).await;
    let response = app.login(&user.email.to_uppercase(), PASSWORD).await;
    assert_eq!(
        response.status(),
        200,
        "e-mail addresses match whatever their case"
    );
    assert_eq!(response.headers()["cache-control"], "no-store");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["token_type"], "Bearer");
    assert!(body["expires_in"].as_i64().unwrap() <= 900);
    assert!(body["refresh_token"].as_str().unwrap().starts_with("cnar_"));

    let token = body["access_token"].as_str().unwrap();
    let parts: Vec<&str> = token.split('.').collect();
    let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[0]).unwrap()).unwrap();
    let claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
    assert_eq!(header["alg"], "HS256");
    assert_eq!(claims["iss"], "cna");
    assert_eq!(claims["aud"], "cna-api");
    assert_eq!(claims["sub"], user.id);
    let lifetime = claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap();
    assert!(lifetime > 0 && lifetime <= 900, "{lifetime}");

    let response = me(&app, token).await;
    assert_eq!(response.status(), 200);
    let me: Value = response.json().await.unwrap();
    assert_eq!(
        (me["role"].as_str(), me["country"].as_str()),
        (Some("focal_point"), Some("KEN"))
    );
    assert_eq!(me["email"], user.email);
    assert_problem(app.get("/v1/me").await, 401, "unauthorized").await;
}

#[tokio::test]
async fn an_unknown_account_a_wrong_password_and_a_disabled_account_look_the_same() {
    let app = spawn_app().await;
    let user = app.user("reader", None).await;
    let disabled = app.user("reader", None).await;
    let admin = app.user("admin", None).await;
    let response = app
        .send(
            reqwest::Method::POST,
            &format!("/v1/admin/users/{}/disable", disabled.id),
            Some(&admin.token),
        )
        .await;
    assert_eq!(response.status(), 200);

    let mut answers = Vec::new();
    for (email, password) in [
        ("nobody@test.example", PASSWORD),
        (user.email.as_str(), "wrong horse battery staple"),
        (disabled.email.as_str(), PASSWORD),
    ] {
        let response = app.login(email, password).await;
        let status = response.status();
        let content_type = response.headers()["content-type"].clone();
        let body: Value = response.json().await.unwrap();
        answers.push((status, content_type, body));
    }
    assert_eq!(answers[0].0, 401);
    assert!(answers.iter().all(|a| a == &answers[0]), "{answers:?}");
}

#[tokio::test]
async fn repeated_failures_are_slowed_down_per_account() {
    let app = spawn_app().await;
    let user = app.user("reader", None).await;
    for _ in 0..5 {
        assert_eq!(
            app.login(&user.email, "wrong horse battery staple")
                .await
                .status(),
            401
        );
    }
    let response = app.login(&user.email, PASSWORD).await;
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&retry_after), "{retry_after}");
    assert_problem(response, 429, "too-many-requests").await;
    // Unknown accounts are slowed down the same way, so blocking reveals nothing.
    for _ in 0..5 {
        app.login("ghost@test.example", "wrong horse battery staple")
            .await;
    }
    assert_eq!(
        app.login("ghost@test.example", PASSWORD).await.status(),
        429
    );
    // Another account from the same address is not blocked by them.
    let other = app.user("reader", None).await;
    assert_eq!(app.login(&other.email, PASSWORD).await.status(), 200);
}

async fn refresh(app: &TestApp, token: &str) -> reqwest::Response {
    app.client
        .post(format!("{}/v1/auth/refresh", app.address))
        .json(&json!({"refresh_token": token}))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn refresh_tokens_rotate_and_a_reused_one_revokes_the_session() {
    let app = spawn_app().await;
    let user = app.user("reader", None).await;
    let response = refresh(&app, &user.refresh_token).await;
    assert_eq!(response.status(), 200);
    let second: Value = response.json().await.unwrap();
    let second_refresh = second["refresh_token"].as_str().unwrap().to_owned();
    assert_ne!(second_refresh, user.refresh_token);
    assert_eq!(
        me(&app, second["access_token"].as_str().unwrap())
            .await
            .status(),
        200
    );

    // The first token again: theft suspected, the whole chain dies.
    assert_problem(
        refresh(&app, &user.refresh_token).await,
        401,
        "unauthorized",
    )
    .await;
    assert_problem(refresh(&app, &second_refresh).await, 401, "unauthorized").await;
    assert_problem(refresh(&app, "cnar_made-up").await, 401, "unauthorized").await;
    // A new sign-in starts a new session.
    assert_eq!(app.login(&user.email, PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn logout_ends_the_session() {
    let app = spawn_app().await;
    let user = app.user("reader", None).await;
    let response = app
        .client
        .post(format!("{}/v1/auth/logout", app.address))
        .json(&json!({"refresh_token": user.refresh_token}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_problem(
        refresh(&app, &user.refresh_token).await,
        401,
        "unauthorized",
    )
    .await;
}

#[tokio::test]
async fn disabling_an_account_or_resetting_its_password_stops_its_tokens_at_once() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let user = app.user("focal_point", Some("FRA")).await;
    assert_eq!(me(&app, &user.token).await.status(), 200);
    let url = format!("/v1/admin/users/{}/disable", user.id);
    let response = app
        .send(reqwest::Method::POST, &url, Some(&admin.token))
        .await;
    assert_eq!(response.status(), 200);
    assert_problem(me(&app, &user.token).await, 401, "unauthorized").await;
    assert_problem(
        refresh(&app, &user.refresh_token).await,
        401,
        "unauthorized",
    )
    .await;

    // Signed in and reset at once, most often within the same second: the token still dies.
    let other = app.user("reader", None).await;
    let url = format!("/v1/admin/users/{}/reset-password", other.id);
    let response = app
        .send_json(
            reqwest::Method::POST,
            &url,
            Some(&admin.token),
            &json!({"password": "a brand new passphrase"}),
        )
        .await;
    assert_eq!(response.status(), 204);
    assert_problem(me(&app, &other.token).await, 401, "unauthorized").await;
    assert_problem(
        refresh(&app, &other.refresh_token).await,
        401,
        "unauthorized",
    )
    .await;
    assert_eq!(app.login(&other.email, PASSWORD).await.status(), 401);
    // A session begun right after the reset, within the same second, works.
    let response = app.login(&other.email, "a brand new passphrase").await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    let fresh = body["access_token"].as_str().unwrap();
    assert_eq!(me(&app, fresh).await.status(), 200);
}

fn good_with_nbf(sub: &str, nbf: i64) -> Value {
    let mut claims = claims_now(sub);
    claims["nbf"] = json!(nbf);
    claims
}

/// Tokens that must never be accepted.
pub fn bad_tokens(user_id: &str) -> Vec<(&'static str, String)> {
    let good = |extra: Value| {
        let mut claims = claims_now(user_id);
        for (k, v) in extra.as_object().unwrap() {
            if v.is_null() {
                claims.as_object_mut().unwrap().remove(k);
            } else {
                claims[k] = v.clone();
            }
        }
        claims
    };
    let valid = forge(&good(json!({})), TEST_SECRET);
    let (head, rest) = valid.split_once('.').unwrap();
    let (payload, signature) = rest.split_once('.').unwrap();
    let mut claims: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap();
    claims["sub"] = json!(uuid::Uuid::new_v4().to_string());
    let tampered = format!(
        "{head}.{}.{signature}",
        URL_SAFE_NO_PAD.encode(claims.to_string())
    );
    let none_header = URL_SAFE_NO_PAD.encode(r#"{"alg":"none","typ":"JWT"}"#);
    vec![
        ("tampered", tampered),
        (
            "expired",
            forge(
                &good(
                    json!({"iat": now() - 2000, "iat_us": (now() - 2000) * 1_000_000, "exp": now() - 1000}),
                ),
                TEST_SECRET,
            ),
        ),
        (
            "a lifetime of 10^9 seconds",
            forge(&good(json!({"exp": now() + 1_000_000_000})), TEST_SECRET),
        ),
        (
            "a lifetime just over the configured 900 seconds",
            forge(&good(json!({"exp": now() + 901})), TEST_SECRET),
        ),
        (
            "not valid before an hour from now",
            forge(&good(json!({"nbf": now() + 3600})), TEST_SECRET),
        ),
        (
            "issued in the future",
            forge(
                &good(
                    json!({"iat": now() + 600, "iat_us": (now() + 600) * 1_000_000, "exp": now() + 900}),
                ),
                TEST_SECRET,
            ),
        ),
        (
            "iat_us another second than iat",
            forge(
                &good(json!({"iat_us": (now() - 5) * 1_000_000})),
                TEST_SECRET,
            ),
        ),
        (
            "no iat_us",
            forge(&good(json!({"iat_us": null})), TEST_SECRET),
        ),
        (
            "wrong audience",
            forge(&good(json!({"aud": "another-api"})), TEST_SECRET),
        ),
        (
            "wrong issuer",
            forge(&good(json!({"iss": "someone-else"})), TEST_SECRET),
        ),
        ("no iat", forge(&good(json!({"iat": null})), TEST_SECRET)),
        (
            "wrong key",
            forge(&good(json!({})), "another-secret-that-is-long-enough-0123"),
        ),
        ("alg none", format!("{none_header}.{payload}.")),
        (
            "HS512",
            encode(
                &Header::new(Algorithm::HS512),
                &good(json!({})),
                &EncodingKey::from_secret(TEST_SECRET.as_bytes()),
            )
            .unwrap(),
        ),
        ("garbage", "not.a.token".into()),
    ]
}

#[tokio::test]
async fn forged_expired_and_foreign_tokens_are_refused() {
    let app = spawn_app().await;
    let user = app.user("admin", None).await;
    // The forger knows the secret here, so a correct forgery is accepted: the checks below fail for
    // their own reason, not for a bad signature.
    let genuine = forge(&claims_now(&user.id), TEST_SECRET);
    assert_eq!(me(&app, &genuine).await.status(), 200);
    let passed = forge(&good_with_nbf(&user.id, now() - 10), TEST_SECRET);
    assert_eq!(me(&app, &passed).await.status(), 200, "an nbf passed");
    // The scheme is case-insensitive (RFC 9110).
    for scheme in ["bearer", "BEARER", "BeArEr"] {
        let response = app
            .client
            .get(format!("{}/v1/me", app.address))
            .header("authorization", format!("{scheme} {genuine}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{scheme}");
    }
    for (what, token) in bad_tokens(&user.id) {
        let response = me(&app, &token).await;
        assert_eq!(response.status(), 401, "{what}");
        assert_problem(response, 401, "unauthorized").await;
    }
    let response = app
        .client
        .get(format!("{}/v1/me", app.address))
        .header(
            "authorization",
            format!("Basic {}", URL_SAFE_NO_PAD.encode("a:b")),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401, "only bearer tokens");
}

#[tokio::test]
async fn an_account_sets_the_language_of_its_messages_and_pauses_its_reminders() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("FRA")).await;
    let body: Value = me(&app, &fp.token).await.json().await.unwrap();
    assert_eq!(
        (
            body["language"].as_str(),
            body["reminders_paused"].as_bool()
        ),
        (Some("en"), Some(false))
    );

    let put = |body: Value| {
        let app = &app;
        let token = fp.token.clone();
        async move {
            app.send_json(reqwest::Method::PUT, "/v1/me", Some(&token), &body)
                .await
        }
    };
    let response = put(json!({"language": "fr", "reminders_paused": true})).await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["language"], "fr");
    assert_eq!(body["reminders_paused"], true);
    assert_eq!(body["country"], "FRA");
    let body: Value = me(&app, &fp.token).await.json().await.unwrap();
    assert_eq!(body["language"], "fr");

    // Refused whole, and nothing changes.
    for wrong in [
        json!({"language": "de", "reminders_paused": false}),
        json!({"language": "es"}),
        json!({"language": "es", "reminders_paused": false, "email": "x@y.example"}),
        json!({"language": 3, "reminders_paused": false}),
    ] {
        let response = put(wrong.clone()).await;
        assert_problem(response, 422, "validation").await;
    }
    let body: Value = me(&app, &fp.token).await.json().await.unwrap();
    assert_eq!(
        (
            body["language"].as_str(),
            body["reminders_paused"].as_bool()
        ),
        (Some("fr"), Some(true))
    );
    let response = app
        .send_json(
            reqwest::Method::PUT,
            "/v1/me",
            None,
            &json!({"language": "fr", "reminders_paused": true}),
        )
        .await;
    assert_eq!(response.status(), 401);

    // An administrator names the language of a new account.
    let admin = app.user("admin", None).await;
    let created = app
        .send_json(
            reqwest::Method::POST,
            "/v1/admin/users",
            Some(&admin.token),
            &json!({"email": "ar.fp@test.example", "role": "focal_point", "country": "EGY",
                    "password": PASSWORD, "language": "ar"}),
        )
        .await;
    assert_eq!(created.status(), 201);
    let created: Value = created.json().await.unwrap();
    assert_eq!(created["language"], "ar");
    assert_eq!(created["reminders_paused"], false);
    let refused = app
        .send_json(
            reqwest::Method::POST,
            "/v1/admin/users",
            Some(&admin.token),
            &json!({"email": "xx.fp@test.example", "role": "reader", "password": PASSWORD,
                    "language": "xx"}),
        )
        .await;
    let body = assert_problem(refused, 422, "validation").await;
    assert_eq!(body["errors"][0]["field"], "language");
}
