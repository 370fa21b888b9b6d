use crate::helpers::{assert_problem, spawn_app};

#[tokio::test]
async fn unknown_routes_are_404_problems() {
    let app = spawn_app().await;
    // `/` is the web application's (tests/api/web.rs).
    for path in [
        "/v1",
        "/v1/authoritiez",
        "/v1/authorities/",
        "/v2/authorities",
        "/%00",
    ] {
        assert_problem(app.get(path).await, 404, "not-found").await;
    }
    let response = app
        .client
        .delete(format!("{}/nowhere", app.address))
        .send()
        .await
        .unwrap();
    assert_problem(response, 404, "not-found").await;
}

#[tokio::test]
async fn wrong_methods_are_405_problems_listing_the_allowed_ones() {
    let app = spawn_app().await;
    use reqwest::Method;
    let cases = [
        (
            "/v1/authorities",
            "GET, HEAD, POST",
            vec![Method::PUT, Method::DELETE, Method::PATCH],
        ),
        (
            "/v1/authorities/00000000-0000-0000-0000-000000000000",
            "GET, HEAD, PUT, DELETE",
            vec![Method::POST, Method::PATCH],
        ),
        ("/v1/auth/login", "POST", vec![Method::GET, Method::PUT]),
        (
            "/v1/countries/KEN",
            "GET, HEAD",
            vec![Method::POST, Method::PUT, Method::DELETE],
        ),
        ("/healthz", "GET, HEAD", vec![Method::POST, Method::DELETE]),
        (
            "/v1/competences",
            "GET, HEAD",
            vec![Method::POST, Method::PATCH],
        ),
    ];
    for (path, allowed, methods) in cases {
        for method in methods {
            let response = app
                .client
                .request(method.clone(), format!("{}{path}", app.address))
                .send()
                .await
                .unwrap();
            assert_eq!(response.headers()["allow"], allowed, "{method} {path}");
            assert_problem(response, 405, "method-not-allowed").await;
        }
    }
    let response = app
        .client
        .head(format!("{}/v1/countries/KEN", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "HEAD is served like GET");
}

#[tokio::test]
async fn oversized_bodies_are_413_problems() {
    let app = spawn_app().await;
    let big = vec![b'x'; 65 * 1024];
    let response = app
        .client
        .post(format!("{}/v1/authorities", app.address))
        .header("content-type", "application/json")
        .body(big)
        .send()
        .await
        .unwrap();
    assert_problem(response, 413, "payload-too-large").await;
}

#[tokio::test]
async fn malformed_query_strings_are_400_problems() {
    let app = spawn_app().await;
    for path in [
        "/v1/authorities?limit=%FF",
        "/v1/countries?region=%",
        "/v1/authorities?=x",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 400, "{path}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json",
            "{path}"
        );
    }
}
