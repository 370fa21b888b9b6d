//! What every answer tells browsers (security headers, caching, CORS), and problem documents for
//! the errors no route answers.

use reqwest::{header::HeaderMap, Method};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{assert_problem, spawn_app, spawn_app_with, TestApp};

fn header<'a>(headers: &'a HeaderMap, name: &str) -> &'a str {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

fn varies_by(headers: &HeaderMap, name: &str) -> bool {
    headers
        .get_all("vary")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|v| v.trim().eq_ignore_ascii_case(name))
}

#[tokio::test]
async fn every_answer_carries_security_headers_and_caller_dependent_ones_are_private() {
    let app = spawn_app().await;
    let reader = app.user("reader", None).await;
    let (_, page) = app.get_json("/v1/authorities?limit=1").await;
    let id = page["items"][0]["id"].as_str().unwrap().to_owned();
    let paths = [
        "/v1/authorities?limit=5".to_owned(),
        format!("/v1/authorities/{id}"),
        format!("/v1/authorities/{id}/history"),
        "/v1/search?q=extradition".to_owned(),
        "/v1/countries/KEN".to_owned(),
        "/v1/nowhere".to_owned(),
        "/openapi.json".to_owned(),
    ];
    for path in &paths {
        for token in [None, Some(reader.token.as_str())] {
            let response = app.send(Method::GET, path, token).await;
            let h = response.headers();
            assert_eq!(header(h, "x-content-type-options"), "nosniff", "{path}");
            assert_eq!(header(h, "x-frame-options"), "DENY", "{path}");
            let csp = header(h, "content-security-policy");
            assert!(
                csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"),
                "{path}: {csp}"
            );
            let cache = header(h, "cache-control");
            assert!(
                cache.contains("private") || cache.contains("no-store"),
                "{path}: {cache}"
            );
            assert!(!cache.contains("public"), "{path}: {cache}");
            assert!(varies_by(h, "authorization"), "{path}");
        }
    }
    // The documentation viewer may run its own scripts and styles, and nothing else.
    let response = app.get("/docs/").await;
    assert_eq!(response.status(), 200);
    let csp = header(response.headers(), "content-security-policy").to_owned();
    assert!(
        csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert!(
        !csp.contains("unsafe-eval") && !csp.contains("script-src 'self' 'unsafe-inline'"),
        "{csp}"
    );
    assert_eq!(header(response.headers(), "x-frame-options"), "DENY");
    // Its page loads scripts from this server only, none inline.
    let html = response.text().await.unwrap();
    assert!(!html.contains("<script>"), "inline script in the viewer");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "an outside resource"
    );
}

#[tokio::test]
async fn cors_is_offered_to_the_configured_origins_only() {
    let app = spawn_app_with(|s| s.cors_origins = vec!["https://portal.example".into()]).await;
    let preflight = |origin: &'static str| {
        let app = &app;
        async move {
            app.client
                .request(Method::OPTIONS, format!("{}/v1/authorities", app.address))
                .header("origin", origin)
                .header("access-control-request-method", "POST")
                .header(
                    "access-control-request-headers",
                    "authorization, content-type, idempotency-key",
                )
                .send()
                .await
                .unwrap()
        }
    };
    let response = preflight("https://portal.example").await;
    assert_eq!(response.status(), 204);
    let h = response.headers();
    assert_eq!(
        header(h, "access-control-allow-origin"),
        "https://portal.example"
    );
    assert!(header(h, "access-control-allow-methods").contains("PUT"));
    let allowed = header(h, "access-control-allow-headers").to_ascii_lowercase();
    for name in [
        "authorization",
        "content-type",
        "if-match",
        "if-none-match",
        "idempotency-key",
    ] {
        assert!(allowed.contains(name), "{name} in {allowed}");
    }
    assert!(h.get("access-control-allow-credentials").is_none());

    let response = app
        .client
        .get(format!("{}/v1/countries/FRA", app.address))
        .header("origin", "https://portal.example")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let h = response.headers();
    assert_eq!(
        header(h, "access-control-allow-origin"),
        "https://portal.example"
    );
    let exposed = header(h, "access-control-expose-headers").to_ascii_lowercase();
    for name in [
        "etag",
        "location",
        "retry-after",
        "ratelimit",
        "ratelimit-policy",
        "x-request-id",
    ] {
        assert!(exposed.contains(name), "{name} in {exposed}");
    }
    assert!(varies_by(h, "origin"));

    // Another origin learns nothing, and gets the route's answer to OPTIONS (405).
    let response = preflight("https://evil.example").await;
    assert!(response
        .headers()
        .get("access-control-allow-origin")
        .is_none());
    assert_problem(response, 405, "method-not-allowed").await;
    let response = app
        .client
        .get(format!("{}/v1/countries/FRA", app.address))
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert!(response
        .headers()
        .get("access-control-allow-origin")
        .is_none());
}

#[tokio::test]
async fn no_cors_without_configured_origins() {
    let app = spawn_app().await;
    let response = app
        .client
        .request(Method::OPTIONS, format!("{}/v1/authorities", app.address))
        .header("origin", "https://portal.example")
        .header("access-control-request-method", "GET")
        .send()
        .await
        .unwrap();
    assert!(response
        .headers()
        .get("access-control-allow-origin")
        .is_none());
}

/// Sends `request` as raw bytes and reads the whole answer (the server closes after an error).
async fn raw(app: &TestApp, request: &[u8]) -> (u16, String, String) {
    let address = app.address.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    stream.write_all(request).await.unwrap();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        stream.read_to_end(&mut answer),
    );
    let read = read.await.expect("the server answers and closes");
    assert!(read.is_ok() || !answer.is_empty(), "{read:?}");
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, head.to_ascii_lowercase(), body.to_owned())
}

#[tokio::test]
async fn errors_of_the_http_layer_are_problems_too() {
    let app = spawn_app().await;
    // The README's own example, pasted as it stands.
    let (status, head, body) = raw(
        &app,
        b"GET /v1/authorities?limit=5&cursor=<next_cursor> HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(status, 400, "{head}");
    assert!(
        head.contains("content-type: application/problem+json"),
        "{head}"
    );
    let problem: serde_json::Value = serde_json::from_str(&body).expect(&body);
    assert_eq!(problem["status"], 400);

    // More headers than the server reads.
    let many: String = (0..120).map(|i| format!("X-Filler-{i}: {i}\r\n")).collect();
    let huge = format!("GET /v1/countries HTTP/1.1\r\nHost: x\r\n{many}Connection: close\r\n\r\n");
    let (status, head, body) = raw(&app, huge.as_bytes()).await;
    assert_eq!(status, 431, "{head}");
    assert!(
        head.contains("content-type: application/problem+json"),
        "{head}"
    );
    let problem: serde_json::Value = serde_json::from_str(&body).expect(&body);
    assert_eq!(problem["status"], 431);

    // A request line that is not HTTP at all.
    let (status, head, _) = raw(&app, b"NOT HTTP\r\n\r\n").await;
    assert_eq!(status, 400, "{head}");
    assert!(
        head.contains("content-type: application/problem+json"),
        "{head}"
    );

    // A missing file of the documentation viewer.
    let response = app.get("/docs/no-such-file.js").await;
    assert_problem(response, 404, "not-found").await;

    // A good request after all that is served as ever.
    assert_eq!(app.get("/v1/countries/KEN").await.status(), 200);
}

/// The DOM of `url` after Debian's headless Chromium has loaded it and run its scripts.
pub async fn rendered_dom(url: &str) -> String {
    let chromium = std::env::var("CNA_CHROMIUM").unwrap_or_else(|_| "chromium".into());
    let profile = tempfile::tempdir().expect("profile dir");
    let output = tokio::process::Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--virtual-time-budget=15000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(url)
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(std::time::Duration::from_secs(60), output)
        .await
        .expect("Chromium rendered the page within a minute")
        .unwrap_or_else(|e| panic!("starting {chromium} (scripts/test installs it): {e}"));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[tokio::test]
async fn the_documentation_viewer_works_under_its_content_security_policy() {
    let app = spawn_app().await;
    let dom = rendered_dom(&format!("{}/docs/", app.address)).await;
    // Swagger UI ran (its scripts were allowed) and read the document (connect-src allowed it):
    // the operations are listed.
    let document = scraper::Html::parse_document(&dom);
    let paths = scraper::Selector::parse(".opblock-summary-path").unwrap();
    let listed: Vec<String> = document
        .select(&paths)
        .filter_map(|p| p.value().attr("data-path").map(str::to_owned))
        .collect();
    for path in ["/v1/authorities", "/v1/authorities/{id}", "/v1/search"] {
        assert!(listed.iter().any(|p| p == path), "{path} not in {listed:?}");
    }
}
