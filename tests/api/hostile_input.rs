//! Inputs that once answered 500 or were taken silently: NUL characters, implausible dates, a case
//! whose counterparts repeat or name its own State, a feed cursor past the end, unknown parameters on
//! single records, a partner key on a route for people, and creates retried with an
//! `Idempotency-Key`. Each is refused with a 4xx problem naming what is wrong, and changes nothing.

use reqwest::Method;
use serde_json::{json, Value};

use crate::authority_writes::{count, sample};
use crate::helpers::{assert_invalid_parameter, assert_problem, spawn_app, TestApp};
use crate::legislation::{sample_case, sample_law};
use crate::partners::create_partner;

/// Records, versions, change-log rows and audit rows: what a refused write must leave alone.
const EVERYTHING: &str = "SELECT (SELECT count(*) FROM authorities) + (SELECT count(*) FROM laws) \
     + (SELECT count(*) FROM cases) + (SELECT count(*) FROM record_versions) \
     + (SELECT count(*) FROM change_log) + (SELECT count(*) FROM audit_log)";

async fn post(app: &TestApp, path: &str, token: &str, body: &Value) -> reqwest::Response {
    app.send_json(Method::POST, path, Some(token), body).await
}

/// Asserts a 422 whose errors name `field`.
async fn refused_at(response: reqwest::Response, field: &str) {
    let problem = assert_problem(response, 422, "validation").await;
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["field"].as_str())
        .collect();
    assert!(fields.contains(&field), "{field} not in {fields:?}");
}

#[tokio::test]
async fn a_nul_character_anywhere_is_a_422_naming_the_member_and_stores_nothing() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let before = count(&app, EVERYTHING).await;

    let mut authority = sample(Some("FRA"));
    authority["names"]["en"] = json!("National\u{0}Office");
    refused_at(
        post(&app, "/v1/authorities", &admin.token, &authority).await,
        "names.en",
    )
    .await;
    let mut authority = sample(Some("FRA"));
    authority["contacts"][0]["name"] = json!("\u{0}");
    refused_at(
        post(&app, "/v1/authorities", &admin.token, &authority).await,
        "contacts[0].name",
    )
    .await;
    let mut law = sample_law(Some("KEN"));
    law["provisions"][1]["text"]["en"] = json!("A national may\u{0} be extradited.");
    refused_at(
        post(&app, "/v1/legislation", &admin.token, &law).await,
        "provisions[1].text.en",
    )
    .await;
    let mut case = sample_case(Some("KEN"), None, "NUL/1");
    case["summary"]["en"] = json!("\u{0}");
    refused_at(
        post(&app, "/v1/cases", &admin.token, &case).await,
        "summary.en",
    )
    .await;
    let mut case = sample_case(Some("KEN"), None, "NUL/2");
    case["reference"] = json!("NUL\u{0}/2");
    refused_at(
        post(&app, "/v1/cases", &admin.token, &case).await,
        "reference",
    )
    .await;
    let response = app
        .send_json(
            Method::POST,
            "/v1/auth/login",
            None,
            &json!({"email": "a\u{0}@b.example", "password": "whatever it is"}),
        )
        .await;
    refused_at(response, "email").await;

    // In query parameters too. (A search's words never reach the database: there a control
    // character is only a separator, see `search_api::hostile_queries_...`.)
    for path in [
        "/v1/authorities?country=%00",
        "/v1/legislation?crime_type=MONEY%00",
        "/v1/cases?country=K%00N",
    ] {
        let response = app.get(path).await;
        assert_problem(response, 400, "invalid-parameter").await;
    }
    assert_eq!(count(&app, EVERYTHING).await, before, "nothing was written");
}

#[tokio::test]
async fn implausible_dates_and_counterparts_are_refused() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("KEN")).await;
    let before = count(&app, EVERYTHING).await;
    for date in ["0000-01-01", "0999-12-31", "2100-01-01"] {
        let mut law = sample_law(None);
        law["enacted_on"] = json!(date);
        refused_at(
            post(&app, "/v1/legislation", &fp.token, &law).await,
            "enacted_on",
        )
        .await;
        let mut case = sample_case(None, None, &format!("DATE/{date}"));
        case["decision_date"] = json!(date);
        refused_at(
            post(&app, "/v1/cases", &fp.token, &case).await,
            "decision_date",
        )
        .await;
    }
    let mut case = sample_case(None, None, "TWICE/1");
    case["counterpart_countries"] = json!(["GBR", "FRA", "gbr"]);
    refused_at(
        post(&app, "/v1/cases", &fp.token, &case).await,
        "counterpart_countries[2]",
    )
    .await;
    let mut case = sample_case(None, None, "OWN/1");
    case["counterpart_countries"] = json!(["GBR", "KEN"]);
    refused_at(
        post(&app, "/v1/cases", &fp.token, &case).await,
        "counterpart_countries[1]",
    )
    .await;
    assert_eq!(count(&app, EVERYTHING).await, before, "nothing was written");

    // A law of 1810 and a decision of today are fine.
    let mut law = sample_law(None);
    law["enacted_on"] = json!("1810-02-12");
    assert_eq!(
        post(&app, "/v1/legislation", &fp.token, &law)
            .await
            .status(),
        201
    );
    let mut case = sample_case(None, None, "TODAY/1");
    case["decision_date"] = json!(chrono::Utc::now().date_naive().to_string());
    assert_eq!(
        post(&app, "/v1/cases", &fp.token, &case).await.status(),
        201
    );
}

#[tokio::test]
async fn a_feed_cursor_past_the_head_is_refused_not_waited_on() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let response = app
        .send(
            Method::GET,
            "/v1/changes?cursor=999999999.999999999&wait=5",
            Some(&admin.token),
        )
        .await;
    let problem = assert_problem(response, 400, "invalid-parameter").await;
    assert_eq!(problem["errors"][0]["field"], "cursor");
    // The head itself is a fine place to wait from.
    let (_, page) = app.get_as("/v1/changes?limit=1000", &admin.token).await;
    let mut cursor = page["next_cursor"].as_str().unwrap().to_owned();
    loop {
        let (_, page) = app
            .get_as(
                &format!("/v1/changes?limit=1000&cursor={cursor}"),
                &admin.token,
            )
            .await;
        let next = page["next_cursor"].as_str().unwrap().to_owned();
        if next == cursor {
            break;
        }
        cursor = next;
    }
    let (status, page) = app
        .get_as(&format!("/v1/changes?cursor={cursor}"), &admin.token)
        .await;
    assert_eq!((status, page["items"].as_array().unwrap().len()), (200, 0));
}

#[tokio::test]
async fn single_records_refuse_unknown_parameters_and_partner_keys_are_not_people() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let (_, page) = app.get_json("/v1/authorities?limit=1").await;
    let id = page["items"][0]["id"].as_str().unwrap().to_owned();
    let (_, laws) = app.get_json("/v1/legislation?limit=1").await;
    let law = laws["items"][0]["id"].as_str().unwrap().to_owned();
    let (_, cases) = app.get_json("/v1/cases?limit=1").await;
    let case = cases["items"][0]["id"].as_str().unwrap().to_owned();
    for path in [
        format!("/v1/authorities/{id}?fields=all"),
        format!("/v1/legislation/{law}?lang=fr"),
        format!("/v1/cases/{case}?expand=1"),
        "/v1/countries/KEN?x=1".to_owned(),
    ] {
        let field = path
            .split('?')
            .nth(1)
            .unwrap()
            .split('=')
            .next()
            .unwrap()
            .to_owned();
        assert_invalid_parameter(&app, &path, &field).await;
    }
    let partner = create_partner(&app, &admin.token, "Portal", "restricted").await;
    let key = partner["api_key"].as_str().unwrap();
    let response = app.send(Method::GET, "/v1/me", Some(key)).await;
    assert_problem(response, 403, "forbidden").await;
}

#[tokio::test]
async fn every_create_replays_its_first_answer_for_the_same_key() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("KEN")).await;
    for (path, body, table) in [
        ("/v1/authorities", sample(None), "authorities"),
        ("/v1/legislation", sample_law(None), "laws"),
        (
            "/v1/cases",
            sample_case(None, None, "IDEMPOTENT/1"),
            "cases",
        ),
    ] {
        let before = count(&app, &format!("SELECT count(*) FROM {table}")).await;
        let key = format!("retry-{table}");
        let send = || {
            app.request(Method::POST, path, Some(&fp.token))
                .header("idempotency-key", &key)
                .json(&body)
                .send()
        };
        let first = send().await.unwrap();
        assert_eq!(first.status(), 201, "{path}");
        let location = first.headers()["location"].to_str().unwrap().to_owned();
        let etag = first.headers()["etag"].to_str().unwrap().to_owned();
        let first: Value = first.json().await.unwrap();
        let again = send().await.unwrap();
        assert_eq!(again.status(), 201, "{path}");
        assert_eq!(again.headers()["idempotent-replayed"], "true");
        assert_eq!(again.headers()["location"].to_str().unwrap(), location);
        assert_eq!(again.headers()["etag"].to_str().unwrap(), etag);
        let again: Value = again.json().await.unwrap();
        assert_eq!(again, first, "{path}");
        assert_eq!(
            location,
            format!("{path}/{}", first["id"].as_str().unwrap())
        );
        assert_eq!(
            count(&app, &format!("SELECT count(*) FROM {table}")).await,
            before + 1,
            "one record for two requests on {path}"
        );
        // The same key with another body is a mistake, not a replay.
        let mut other = body.clone();
        match table {
            "authorities" => other["acronym"] = json!("OTHER"),
            "laws" => other["title"]["en"] = json!("Another Act"),
            _ => other["court"] = json!("Another Court"),
        }
        let response = app
            .request(Method::POST, path, Some(&fp.token))
            .header("idempotency-key", &key)
            .json(&other)
            .send()
            .await
            .unwrap();
        refused_at(response, "Idempotency-Key").await;
    }
    // A key of one route does not replay on another.
    let response = app
        .request(Method::POST, "/v1/legislation", Some(&fp.token))
        .header("idempotency-key", "retry-authorities")
        .json(&sample_law(None))
        .send()
        .await
        .unwrap();
    refused_at(response, "Idempotency-Key").await;
}
