use crate::helpers::spawn_app;

/// The committed document is what the code generates; regenerate with
/// `cargo run --bin cna -- openapi > openapi/openapi.json`.
#[test]
fn the_committed_openapi_document_matches_the_code() {
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/openapi.json"))
            .expect("openapi/openapi.json is committed");
    let generated = cna::openapi::document_json();
    assert!(
        committed == generated,
        "openapi/openapi.json is out of date: run `cargo run --bin cna -- openapi > openapi/openapi.json`"
    );
}

#[tokio::test]
async fn the_document_and_the_viewer_are_served_without_any_network() {
    let app = spawn_app().await;
    let (status, served) = app.get_json("/openapi.json").await;
    assert_eq!(status, 200);
    let generated: serde_json::Value =
        serde_json::from_str(&cna::openapi::document_json()).unwrap();
    assert_eq!(served, generated);
    let paths = served["paths"].as_object().unwrap();
    for path in [
        "/v1/authorities",
        "/v1/authorities/{id}",
        "/v1/countries",
        "/readyz",
    ] {
        assert!(paths.contains_key(path), "{path}");
    }
    assert_eq!(
        served["paths"]["/v1/authorities"]["get"]["operationId"],
        "list_authorities"
    );
    let schemas = &served["components"]["schemas"];
    assert!(schemas["Problem"].is_object());
    // Enumerations are documented with the values the API writes.
    assert_eq!(schemas["ContactRole"]["enum"][2], "duty_24_7");
    assert_eq!(schemas["AuthorityKind"]["enum"][3], "police");

    // Security: the bearer scheme, required on every write and on administration, optional on reads
    // (and on the routing draft, which writes nothing).
    assert_eq!(schemas.get("bearer"), None);
    assert_eq!(
        served["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    for (path, item) in paths {
        for (method, operation) in item.as_object().unwrap() {
            let security = operation["security"].as_array();
            let requires_bearer =
                security.is_some_and(|s| s.iter().any(|r| r.get("bearer").is_some()));
            let optional =
                security.is_some_and(|s| s.iter().any(|r| r.as_object().unwrap().is_empty()));
            // A draft is computed from the question, like a read: it writes nothing.
            let writes =
                method != "get" && !path.starts_with("/v1/auth/") && path != "/v1/route/draft";
            if writes || path.starts_with("/v1/admin") || path == "/v1/me" {
                assert!(
                    requires_bearer && !optional,
                    "{method} {path} must require a token"
                );
            }
            if path.starts_with("/v1/authorities") && method == "get" {
                assert!(
                    requires_bearer && optional,
                    "{method} {path}: the token is optional"
                );
            }
        }
    }

    let response = app.get("/docs").await;
    assert_eq!(response.status(), 308);
    let page = app.get("/docs/").await.text().await.unwrap();
    assert!(page.contains("swagger-ui"), "{page}");
    assert!(
        !page.contains("https://"),
        "the viewer must not load anything from the network"
    );
    let script = app.get("/docs/swagger-ui-bundle.js").await;
    assert_eq!(script.status(), 200);
    let config = app
        .get("/docs/swagger-initializer.js")
        .await
        .text()
        .await
        .unwrap();
    assert!(config.contains("/openapi.json"), "{config}");
}
