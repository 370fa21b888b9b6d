//! How current the directory is: the figures of each State against a fixture counted by hand, on a
//! server whose clock the test moves forward, as JSON and CSV; bad input refused.

use chrono::Duration;
use reqwest::Method;
use serde_json::{json, Value};

use crate::authority_writes::{sample, send};
use crate::helpers::{assert_invalid_parameter, spawn_empty_app, TestApp, TestUser};
use crate::legislation::{sample_case, sample_law};

async fn create(app: &TestApp, user: &TestUser, path: &str, body: &Value) -> String {
    let response = send(app, Method::POST, path, Some(user), Some(body)).await;
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
    let created: Value = response.json().await.unwrap();
    created["id"].as_str().unwrap().to_owned()
}

async fn confirm(app: &TestApp, user: &TestUser, id: &str) {
    let response = app
        .request(
            Method::POST,
            &format!("/v1/authorities/{id}/confirm"),
            Some(&user.token),
        )
        .header("if-match", "*")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
}

fn state<'a>(report: &'a Value, country: &str) -> &'a Value {
    report["states"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["country"] == country)
        .unwrap_or_else(|| panic!("no {country}"))
}

fn counts(active: i64, confirmed: i64) -> Value {
    let share = if active == 0 {
        Value::Null
    } else {
        json!(confirmed as f64 / active as f64)
    };
    json!({"active": active, "confirmed": confirmed, "stale": active - confirmed, "share": share})
}

/// Day 0: France gets three authorities, a law and a case, Kenya one authority, and France a
/// focal point. Day 200: one French authority is confirmed and the law is amended. Day 400: the
/// figures.
async fn fixture(app: &TestApp) -> (TestUser, [String; 5]) {
    let admin = app.user("admin", None).await;
    let focal_point = app.user("focal_point", Some("FRA")).await;
    let a1 = create(app, &focal_point, "/v1/authorities", &sample(None)).await;
    let a2 = create(app, &focal_point, "/v1/authorities", &sample(None)).await;
    let a3 = create(app, &focal_point, "/v1/authorities", &sample(None)).await;
    let law = create(app, &focal_point, "/v1/legislation", &sample_law(None)).await;
    let case = create(
        app,
        &focal_point,
        "/v1/cases",
        &sample_case(None, None, "FRA-FRESH-1"),
    )
    .await;
    create(app, &admin, "/v1/authorities", &sample(Some("KEN"))).await;

    app.clock.advance(Duration::days(200));
    confirm(app, &focal_point, &a2).await;
    let status = app
        .edit_as(&format!("/v1/legislation/{law}"), &focal_point.token, |l| {
            l["status"] = json!("amended")
        })
        .await;
    assert_eq!(status, 200);
    app.clock.advance(Duration::days(200));
    (focal_point, [a1, a2, a3, law, case])
}

#[tokio::test]
async fn the_figures_of_each_state_are_what_was_counted_by_hand() {
    let app = spawn_empty_app().await;
    let (focal_point, [a1, a2, a3, law, case]) = fixture(&app).await;

    let (status, report) = app.get_json("/v1/freshness").await;
    assert_eq!(status, 200);
    assert_eq!(report["window_days"], 365);
    let france = state(&report, "FRA");
    assert_eq!(france["region"], "150");
    assert_eq!(france["authorities"], counts(3, 1));
    assert_eq!(france["legislation"], counts(1, 1));
    assert_eq!(france["cases"], counts(1, 0));
    assert_eq!(france["total"], counts(5, 2));
    assert_eq!(france["focal_point"], true);
    let kenya = state(&report, "KEN");
    assert_eq!(kenya["total"], counts(1, 0));
    assert_eq!(kenya["focal_point"], false);
    let germany = state(&report, "DEU");
    assert_eq!(germany["total"], counts(0, 0));
    assert_eq!(germany["oldest_confirmation"], Value::Null);

    // The oldest confirmation is day 0 (never confirmed: created), the last change day 200.
    let oldest =
        chrono::DateTime::parse_from_rfc3339(france["oldest_confirmation"].as_str().unwrap())
            .unwrap();
    let last =
        chrono::DateTime::parse_from_rfc3339(france["last_change"].as_str().unwrap()).unwrap();
    let between = last - oldest;
    assert!(
        between > Duration::days(199) && between < Duration::days(201),
        "{between}"
    );

    let overall = &report["overall"];
    assert_eq!(overall["total"], counts(6, 2));
    assert_eq!(overall["states_with_records"], 2);
    let states = report["states"].as_array().unwrap().len() as i64;
    assert_eq!(overall["states"], states);
    assert_eq!(overall["states_without_focal_point"], states - 1);
    let europe = report["regions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["region"] == "150")
        .unwrap();
    assert_eq!(europe["total"], counts(5, 2));

    // Narrowed to a region (any level) or to a State.
    let (_, africa) = app.get_json("/v1/freshness?region=014").await;
    let listed: Vec<&str> = africa["states"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["country"].as_str().unwrap())
        .collect();
    assert!(
        listed.contains(&"KEN") && !listed.contains(&"FRA"),
        "{listed:?}"
    );
    assert_eq!(africa["overall"]["total"], counts(1, 0));
    let (_, one) = app.get_json("/v1/freshness?country=FRA").await;
    assert_eq!(one["states"].as_array().unwrap().len(), 1);

    // Public figures: never who confirmed.
    let text = app.get("/v1/freshness").await.text().await.unwrap();
    assert!(!text.contains(&focal_point.email));

    // The State's records, confirmed longest ago first.
    let (status, france) = app.get_json("/v1/freshness/fra").await;
    assert_eq!(status, 200);
    assert_eq!(france["state"]["total"], counts(5, 2));
    let records: Vec<(String, bool)> = france["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_owned(),
                r["stale"].as_bool().unwrap(),
            )
        })
        .collect();
    let stale: Vec<&String> = records.iter().filter(|r| r.1).map(|r| &r.0).collect();
    let current: Vec<&String> = records.iter().filter(|r| !r.1).map(|r| &r.0).collect();
    assert_eq!(records.len(), 5);
    assert!(
        records[..3].iter().all(|r| r.1),
        "stale ones first: {records:?}"
    );
    for id in [&a1, &a3, &case] {
        assert!(stale.contains(&id), "{id} is stale");
    }
    for id in [&a2, &law] {
        assert!(current.contains(&id), "{id} is current");
    }
    assert!(!france.to_string().contains(&focal_point.email));

    // The records say the same on their own, on the same clock.
    let (_, record) = app.get_json(&format!("/v1/authorities/{a1}")).await;
    assert_eq!(record["stale"], true);
    let (_, record) = app.get_json(&format!("/v1/authorities/{a2}")).await;
    assert_eq!(record["stale"], false);
}

#[tokio::test]
async fn the_figures_come_as_csv_too() {
    let app = spawn_empty_app().await;
    let (_, [a1, ..]) = fixture(&app).await;

    for (path, accept) in [
        ("/v1/freshness?format=csv", "*/*"),
        ("/v1/freshness", "text/csv"),
    ] {
        let response = app
            .client
            .get(format!("{}{path}", app.address))
            .header("accept", accept)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(
            response.headers()["content-type"],
            "text/csv; charset=utf-8"
        );
        let body = response.text().await.unwrap();
        let mut reader = csv::Reader::from_reader(body.as_bytes());
        let head = reader.headers().unwrap().clone();
        let column = |name: &str| head.iter().position(|h| h == name).unwrap();
        let france = reader
            .records()
            .map(Result::unwrap)
            .find(|r| &r[0] == "FRA")
            .unwrap();
        assert_eq!(&france[column("authorities_active")], "3");
        assert_eq!(&france[column("authorities_confirmed")], "1");
        assert_eq!(&france[column("total_stale")], "3");
        assert_eq!(&france[column("total_share")], "0.4000");
        assert_eq!(&france[column("focal_point")], "true");
    }

    let body = app
        .get("/v1/freshness/FRA?format=csv")
        .await
        .text()
        .await
        .unwrap();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["kind", "id", "title", "confirmed_at", "updated_at", "stale"]
    );
    let lines: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(lines.len(), 5);
    let first = lines.iter().find(|l| l[1] == *a1).unwrap();
    assert_eq!((&first[0], &first[5]), ("authority", "true"));
}

#[tokio::test]
async fn bad_questions_get_a_clear_problem() {
    let app = spawn_empty_app().await;
    for (path, field) in [
        ("/v1/freshness?region=999", "region"),
        ("/v1/freshness?region=africa", "region"),
        ("/v1/freshness?country=ZZZ", "country"),
        ("/v1/freshness?country=", "country"),
        ("/v1/freshness?format=xml", "format"),
        ("/v1/freshness/FRA?format=pdf", "format"),
        ("/v1/freshness/12", "iso3"),
    ] {
        assert_invalid_parameter(&app, path, field).await;
    }
    let response = app.get("/v1/freshness/ZZZ").await;
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let response = app.get("/v1/freshness?surprise=1").await;
    assert_eq!(response.status(), 400);
}

/// The change feed and the export tell whether a record is stale by the same clock as the record
/// itself.
#[tokio::test]
async fn the_feed_and_the_export_read_staleness_from_the_one_clock() {
    let app = spawn_empty_app().await;
    let admin = app.user("admin", None).await;
    let id = create(&app, &admin, "/v1/authorities", &sample(Some("KEN"))).await;
    app.clock.advance(Duration::days(400));
    let (_, record) = app.get_json(&format!("/v1/authorities/{id}")).await;
    assert_eq!(record["stale"], true);
    // The feed serves a change once every transaction older than it has ended (on the whole
    // server, where other tests write): a long poll waits for it.
    let (status, feed) = app.get_as("/v1/changes?wait=30", &admin.token).await;
    assert_eq!(status, 200, "{feed}");
    let item = feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id.as_str())
        .unwrap_or_else(|| panic!("{feed}"));
    assert_eq!(item["record"]["stale"], true, "{item}");
    let export = app
        .request(Method::GET, "/v1/export", Some(&admin.token))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let line: Value = export
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|l| l["record"]["id"] == id.as_str())
        .unwrap();
    assert_eq!(line["record"]["stale"], true, "{line}");
}
