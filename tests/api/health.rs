use crate::helpers::{assert_problem, spawn_app, spawn_app_without_database};

#[tokio::test]
async fn healthz_and_readyz_answer_when_the_database_is_up() {
    let app = spawn_app().await;
    let (status, body) = app.get_json("/healthz").await;
    assert_eq!((status, body["status"].as_str()), (200, Some("ok")));
    let (status, body) = app.get_json("/readyz").await;
    assert_eq!((status, body["status"].as_str()), (200, Some("ready")));
    let response = app.get("/healthz").await;
    let id = response.headers().get("x-request-id").expect("request id");
    assert!(!id.is_empty());
}

#[tokio::test]
async fn an_unreachable_database_gives_503_problems_not_500s() {
    let app = spawn_app_without_database().await;
    let (status, _) = app.get_json("/healthz").await;
    assert_eq!(status, 200, "liveness does not depend on the database");
    let body = assert_problem(app.get("/readyz").await, 503, "unavailable").await;
    assert!(
        !body["detail"].as_str().unwrap().contains("nobody"),
        "the cause leaked: {body}"
    );
    assert_problem(app.get("/v1/authorities").await, 503, "unavailable").await;
    assert_problem(app.get("/v1/countries/KEN").await, 503, "unavailable").await;
}

#[tokio::test]
async fn a_sane_request_id_is_echoed_and_an_odd_one_replaced() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(format!("{}/healthz", app.address))
        .header("x-request-id", "abc-123")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["x-request-id"], "abc-123");
    let response = app
        .client
        .get(format!("{}/healthz", app.address))
        .header("x-request-id", "<script>")
        .send()
        .await
        .unwrap();
    assert_ne!(response.headers()["x-request-id"], "<script>");
}
