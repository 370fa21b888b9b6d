//! The per-address rate limit holds for every caller, and behind a reverse proxy it counts the
//! client the trusted proxy names, never an address a client writes itself.

use reqwest::Method;

use crate::helpers::{assert_problem, spawn_app_tuned, TestApp};
use crate::partners::create_partner;

async fn get_from(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
    forwarded: Option<&str>,
) -> reqwest::Response {
    let mut request = app.request(Method::GET, path, token);
    if let Some(forwarded) = forwarded {
        request = request.header("x-forwarded-for", forwarded);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn a_partner_whose_key_is_spent_cannot_read_on_without_it() {
    let app = spawn_app_tuned(|_, server, _| {
        server.partner_rate_limit = 3;
        server.address_rate_limit = 5;
    })
    .await;
    // Made before the limits count: the administrator's own requests count too.
    let admin = app.user("admin", None).await;
    let partner = create_partner(&app, &admin.token, "Portal", "public").await;
    let key = partner["api_key"].as_str().unwrap().to_owned();
    // The administrator has used two of the address's five requests; the partner gets three.
    for _ in 0..3 {
        let response = get_from(&app, "/v1/authorities?limit=200", Some(&key), None).await;
        assert_eq!(response.status(), 200);
    }
    assert_problem(
        get_from(&app, "/v1/authorities?limit=200", Some(&key), None).await,
        429,
        "too-many-requests",
    )
    .await;
    // Without the key, the same address is spent as well.
    let response = get_from(&app, "/v1/authorities?limit=200", None, None).await;
    assert!(response.headers().contains_key("retry-after"));
    let current = response.headers()["ratelimit"].to_str().unwrap().to_owned();
    assert!(current.starts_with("limit=5, remaining=0"), "{current}");
    assert_problem(response, 429, "too-many-requests").await;
    // Probes are never limited.
    assert_eq!(app.get("/healthz").await.status(), 200);
    assert_eq!(app.get("/readyz").await.status(), 200);
}

#[tokio::test]
async fn anonymous_callers_are_limited_per_address_with_ratelimit_headers() {
    let app = spawn_app_tuned(|_, server, _| server.address_rate_limit = 3).await;
    for remaining in [2, 1, 0] {
        // A forwarding header from an untrusted peer is ignored: every request is 127.0.0.1's.
        let spoofed = format!("198.51.100.{remaining}");
        let response = get_from(&app, "/v1/countries?limit=1", None, Some(&spoofed)).await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["ratelimit-policy"], "3;w=60");
        let current = response.headers()["ratelimit"].to_str().unwrap().to_owned();
        assert!(
            current.starts_with(&format!("limit=3, remaining={remaining}")),
            "{current}"
        );
    }
    assert_problem(
        get_from(&app, "/v1/countries?limit=1", None, Some("203.0.113.77")).await,
        429,
        "too-many-requests",
    )
    .await;
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_count() {
    let app = spawn_app_tuned(|_, server, _| {
        server.address_rate_limit = 2;
        server.trusted_proxies = vec![cna::api::client_address::parse_proxy("127.0.0.1").unwrap()];
    })
    .await;
    let client = |i: u8| format!("198.51.100.{i}");
    for _ in 0..2 {
        let response = get_from(&app, "/v1/countries?limit=1", None, Some(&client(1))).await;
        assert_eq!(response.status(), 200);
    }
    assert_problem(
        get_from(&app, "/v1/countries?limit=1", None, Some(&client(1))).await,
        429,
        "too-many-requests",
    )
    .await;
    // Another client behind the same proxy is not affected, nor is the first one when it writes
    // a forged address of its own in front of the one the proxy appended.
    let response = get_from(&app, "/v1/countries?limit=1", None, Some(&client(2))).await;
    assert_eq!(response.status(), 200);
    let forged = format!("203.0.113.9, {}", client(1));
    assert_problem(
        get_from(&app, "/v1/countries?limit=1", None, Some(&forged)).await,
        429,
        "too-many-requests",
    )
    .await;
}

#[tokio::test]
async fn behind_a_trusted_proxy_sign_in_failures_count_per_client() {
    let app = spawn_app_tuned(|_, server, auth| {
        server.trusted_proxies = vec!["127.0.0.0/8".parse().unwrap()];
        auth.login_max_failures_per_address = 2;
    })
    .await;
    let login = |address: &'static str, email: &'static str| {
        let app = &app;
        async move {
            app.client
                .post(format!("{}/v1/auth/login", app.address))
                .header("x-forwarded-for", address)
                .json(&serde_json::json!({"email": email, "password": "a wrong password"}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(login("198.51.100.3", "a@rt.example").await, 401);
    assert_eq!(login("198.51.100.3", "b@rt.example").await, 401);
    assert_eq!(login("198.51.100.3", "c@rt.example").await, 429);
    assert_eq!(login("198.51.100.4", "c@rt.example").await, 401);
}
