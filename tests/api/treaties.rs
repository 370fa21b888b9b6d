//! Treaty participation: one record per State and instrument, public to read, written by
//! administrators only through the one pipeline (history, change log, feed, export), with its
//! status, dates and declarations checked together.

use reqwest::Method;
use serde_json::{json, Value};

use crate::authority_writes::count;
use crate::feed::changes;
use crate::helpers::{assert_problem, spawn_app, TestApp};
use crate::partners::create_partner;

/// A valid record of `country`'s participation in UNTOC.
pub fn sample_treaty(country: &str) -> Value {
    json!({
        "country": country,
        "instrument": "UNTOC",
        "status": "party",
        "signed_on": "2000-12-14",
        "consent_kind": "ratification",
        "consent_on": "2004-05-10",
        "in_force_on": "2004-06-09",
        "declarations": {
            "extradition_basis": {"accepted": false, "text": "Demo declaration: a treaty is required."},
            "languages": {"languages": ["fr", "en"], "text": null}
        },
        "source": "DEMO/C.N.1.2004.TREATIES-XVIII.12",
        "checked_on": "2026-10-01"
    })
}

/// The lines of the export of treaty participation, as the partner `key`.
async fn export(app: &TestApp, key: &str) -> Vec<Value> {
    let response = app
        .send(Method::GET, "/v1/export?type=treaty", Some(key))
        .await;
    assert_eq!(response.status(), 200);
    let text = response.text().await.unwrap();
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// `country`'s record for `instrument` in the demo data.
async fn demo_record(app: &TestApp, country: &str, instrument: &str) -> Value {
    let (status, page) = app
        .get_json(&format!(
            "/v1/treaties?country={country}&instrument={instrument}"
        ))
        .await;
    assert_eq!(status, 200, "{page}");
    page["items"][0].clone()
}

#[tokio::test]
async fn everyone_reads_each_states_participation_with_its_declarations() {
    let app = spawn_app().await;
    let all = app.collect("/v1/treaties?country=KEN", 50).await;
    let instruments: Vec<&str> = all
        .iter()
        .map(|t| t["instrument"].as_str().unwrap())
        .collect();
    assert_eq!(all.len(), 7, "{instruments:?}");
    let untoc = demo_record(&app, "KEN", "UNTOC").await;
    assert_eq!(untoc["status"], "party");
    assert!(untoc["source"].as_str().unwrap().starts_with("DEMO/"));
    // The central authority notified is linked to its record in the directory, of the same State.
    let linked = untoc["declarations"]["central_authority"]["authority_id"]
        .as_str()
        .expect("KEN's central authority is linked");
    let (status, authority) = app.get_json(&format!("/v1/authorities/{linked}")).await;
    assert_eq!(status, 200);
    assert_eq!(authority["country"], "KEN");
    // One record read alone is the same, with its ETag.
    let id = untoc["id"].as_str().unwrap();
    let response = app.get(&format!("/v1/treaties/{id}")).await;
    assert_eq!(response.status(), 200);
    assert!(response.headers().contains_key("etag"));
    let one: Value = response.json().await.unwrap();
    assert_eq!(one, untoc);
    // Filters combine.
    let parties = app
        .collect(
            "/v1/treaties?instrument=budapest&status=party&region=150",
            200,
        )
        .await;
    assert!(!parties.is_empty());
    assert!(parties
        .iter()
        .all(|t| t["instrument"] == "BUDAPEST" && t["status"] == "party"));
    assert!(parties.iter().any(|t| t["country"] == "FRA"));
    assert_eq!(demo_record(&app, "KEN", "BUDAPEST").await["status"], "none");
    // Official languages come with each country.
    let (_, kenya) = app.get_json("/v1/countries/KEN").await;
    assert_eq!(kenya["official_languages"], json!(["sw", "en"]));
}

#[tokio::test]
async fn only_administrators_write_treaty_participation_whatever_they_name() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("FRA")).await;
    let reader = app.user("reader", None).await;
    let own = demo_record(&app, "FRA", "UNTOC").await;
    let path = format!("/v1/treaties/{}", own["id"].as_str().unwrap());
    let records = "SELECT count(*) FROM treaty_participations";
    let (before, versions) = (
        count(&app, records).await,
        count(&app, "SELECT count(*) FROM record_versions").await,
    );
    let mut body = sample_treaty("FRA");
    body["instrument"] = json!("FIREARMS_PROTOCOL");
    body["declarations"] = json!({});
    for (who, token, status) in [
        ("a focal point of the State", Some(fp.token.as_str()), 403),
        ("a reader", Some(reader.token.as_str()), 403),
        ("anonymous", None, 401),
    ] {
        for (method, route, body) in [
            (Method::POST, "/v1/treaties", Some(&body)),
            (Method::PUT, path.as_str(), Some(&own)),
            (Method::DELETE, path.as_str(), None),
        ] {
            let mut request = app
                .request(method.clone(), route, token)
                .header("if-match", "*");
            if let Some(body) = body {
                request = request.json(body);
            }
            let response = request.send().await.unwrap();
            assert_eq!(
                response.status().as_u16(),
                status,
                "{who}: {method} {route}"
            );
            assert_eq!(
                response.headers()["content-type"],
                "application/problem+json"
            );
        }
    }
    assert_eq!(count(&app, records).await, before);
    assert_eq!(
        count(&app, "SELECT count(*) FROM record_versions").await,
        versions
    );
}

#[tokio::test]
async fn an_administrators_write_goes_through_the_pipeline_to_the_feed_and_the_export() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let partner = create_partner(&app, &admin.token, "Treaty portal", "public").await;
    let key = partner["api_key"].as_str().unwrap();
    let cursor = export(&app, key).await[0]["cursor"]
        .as_str()
        .unwrap()
        .to_owned();

    // Vanuatu is party to nothing in the demo data: it accedes to UNTOC.
    let record = demo_record(&app, "VUT", "UNTOC").await;
    assert_eq!(record["status"], "none");
    let id = record["id"].as_str().unwrap();
    let mut body = sample_treaty("VUT");
    body["signed_on"] = Value::Null;
    body["consent_kind"] = json!("accession");
    let response = app
        .request(
            Method::PUT,
            &format!("/v1/treaties/{id}"),
            Some(&admin.token),
        )
        .header("if-match", "\"1\"")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{:?}", response.text().await);
    let updated: Value = response.json().await.unwrap();
    assert_eq!(updated["version"], 2);
    assert_eq!(updated["status"], "party");
    assert_eq!(
        updated["declarations"]["extradition_basis"]["accepted"],
        false
    );

    // History, change log and audit, in the one transaction.
    assert_eq!(
        count(
            &app,
            &format!("SELECT count(*) FROM record_versions WHERE entity = 'treaty' AND entity_id = '{id}'")
        )
        .await,
        2
    );
    assert_eq!(
        count(
            &app,
            &format!("SELECT count(*) FROM audit_log WHERE entity = 'treaty' AND entity_id = '{id}' AND action = 'update'")
        )
        .await,
        1
    );

    // A new record of a pair that has none, then deleted.
    let mut body = sample_treaty("VUT");
    body["instrument"] = json!("BUDAPEST");
    let response = app
        .send_json(Method::POST, "/v1/treaties", Some(&admin.token), &body)
        .await;
    assert_problem(response, 422, "validation").await;
    let (_, all) = app.get_json("/v1/treaties?country=VUT&limit=50").await;
    assert_eq!(all["items"].as_array().unwrap().len(), 7);
    let budapest = demo_record(&app, "VUT", "BUDAPEST").await;
    let path = format!("/v1/treaties/{}", budapest["id"].as_str().unwrap());
    let response = app
        .request(Method::DELETE, &path, Some(&admin.token))
        .header("if-match", "\"1\"")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let mut body = sample_treaty("VUT");
    body["instrument"] = json!("BUDAPEST");
    body["status"] = json!("signatory");
    body["signed_on"] = json!("2024-03-01");
    for member in ["consent_kind", "consent_on", "in_force_on"] {
        body[member] = Value::Null;
    }
    body["declarations"] =
        json!({"contact_point": {"authority_id": null, "name": "Demo 24/7 desk", "text": null}});
    let response = app
        .send_json(Method::POST, "/v1/treaties", Some(&admin.token), &body)
        .await;
    assert_eq!(response.status(), 201, "{:?}", response.text().await);
    let created: Value = response.json().await.unwrap();

    // The feed carries the three changes, each once, in order.
    // A change is in the feed once no transaction that began before it is still running.
    let mut page = changes(&app, key, &format!("cursor={cursor}&limit=50")).await;
    let started = std::time::Instant::now();
    while page["items"].as_array().unwrap().len() < 3
        && started.elapsed() < std::time::Duration::from_secs(10)
    {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        page = changes(&app, key, &format!("cursor={cursor}&limit=50")).await;
    }
    let seen: Vec<(String, String, String)> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["type"].as_str().unwrap().to_owned(),
                c["id"].as_str().unwrap().to_owned(),
                c["operation"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let treaty = |id: &Value, op: &str| {
        (
            "treaty".to_owned(),
            id.as_str().unwrap().to_owned(),
            op.to_owned(),
        )
    };
    assert_eq!(
        seen,
        vec![
            treaty(&record["id"], "upsert"),
            treaty(&budapest["id"], "delete"),
            treaty(&created["id"], "upsert"),
        ]
    );
    assert_eq!(page["items"][0]["record"]["status"], "party");

    // The export carries the current records, the new one included.
    let lines = export(&app, key).await;
    assert_eq!(lines[0]["types"], json!(["treaty"]));
    let exported: Vec<&Value> = lines[1..lines.len() - 1].iter().collect();
    assert!(exported.iter().all(|l| l["type"] == "treaty"));
    assert_eq!(
        exported.len() as i64,
        count(&app, "SELECT count(*) FROM treaty_participations").await
    );
    assert!(exported
        .iter()
        .any(|l| l["record"]["id"] == created["id"] && l["record"]["status"] == "signatory"));
    assert!(!exported.iter().any(|l| l["record"]["id"] == budapest["id"]));
}

#[tokio::test]
async fn status_dates_and_declarations_are_checked_together_and_change_nothing() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let (_, france) = app.get_json("/v1/authorities?country=FRA&limit=1").await;
    let french = france["items"][0]["id"].as_str().unwrap().to_owned();
    let records = "SELECT count(*) FROM treaty_participations";
    let before = count(&app, records).await;
    let refused = |body: Value, fields: &'static [&'static str]| {
        let app = &app;
        let token = admin.token.clone();
        async move {
            let response = app
                .send_json(Method::POST, "/v1/treaties", Some(&token), &body)
                .await;
            let problem = assert_problem(response, 422, "validation").await;
            let named: Vec<&str> = problem["errors"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["field"].as_str().unwrap())
                .collect();
            for field in fields {
                assert!(named.contains(field), "{field} not in {problem}");
            }
        }
    };
    // A party without its consent; a signatory with one; a State party to nothing with dates.
    let mut body = sample_treaty("VUT");
    body["instrument"] = json!("UNCAC");
    body["consent_kind"] = Value::Null;
    body["in_force_on"] = json!("2004-01-01");
    refused(body, &["consent_kind", "in_force_on"]).await;
    let mut body = sample_treaty("VUT");
    body["status"] = json!("signatory");
    refused(body, &["status"]).await;
    let mut body = sample_treaty("VUT");
    body["status"] = json!("none");
    refused(
        body,
        &[
            "signed_on",
            "consent_kind",
            "declarations.extradition_basis",
        ],
    )
    .await;
    // Declarations the instrument does not have; an authority of another State; dates ahead.
    let mut body = sample_treaty("VUT");
    body["instrument"] = json!("TIP_PROTOCOL");
    body["declarations"]["central_authority"] =
        json!({"authority_id": french, "name": "Elsewhere", "text": null});
    body["checked_on"] = json!("2999-01-01");
    refused(
        body,
        &[
            "declarations.extradition_basis",
            "declarations.languages",
            "declarations.central_authority",
            "checked_on",
        ],
    )
    .await;
    let mut body = sample_treaty("VUT");
    body["instrument"] = json!("UNCAC");
    body["declarations"]["central_authority"] =
        json!({"authority_id": french, "name": "Elsewhere", "text": null});
    body["declarations"]["languages"]["languages"] = json!([]);
    refused(
        body,
        &[
            "declarations.central_authority.authority_id",
            "declarations.languages.languages",
            "instrument",
        ],
    )
    .await;
    // An instrument the directory does not record; an unknown State.
    let mut body = sample_treaty("XXZ");
    body["instrument"] = json!("ETS_112");
    refused(body, &["instrument"]).await;
    let body = sample_treaty("XXZ");
    refused(body, &["country"]).await;
    assert_eq!(count(&app, records).await, before);
}

#[tokio::test]
async fn a_sheet_of_treaty_participation_loads_through_the_pipeline_once() {
    let app = spawn_app().await;
    let sheet = "country,instrument,status,signed_on,consent_kind,consent_on,in_force_on,\
extradition_basis,extradition_basis_text,central_authority_name,languages,source,checked_on\n\
ISL,UNTOC,party,2000-12-13,ratification,2010-05-13,2010-06-12,accepted,,Ministry of Justice,is en,C.N.330.2010.TREATIES-XVIII.12,2026-11-30\n\
ISL,BUDAPEST,party,2001-11-30,ratification,2007-01-29,2007-05-01,,,,,ETS-185/2007,2026-11-30\n";
    let lines = cna::bulk::treaty_csv::to_lines(sheet.as_bytes()).unwrap();
    let pool =
        cna::db::build_pool(&app.database_url, 2, std::time::Duration::from_secs(5)).unwrap();
    let report = cna::bulk::import::import(&pool, lines.as_bytes(), |_| {})
        .await
        .unwrap();
    assert_eq!((report.created, report.skipped), (2, 0));
    let iceland = app.collect("/v1/treaties?country=ISL", 50).await;
    assert_eq!(iceland.len(), 2);
    let untoc = iceland.iter().find(|t| t["instrument"] == "UNTOC").unwrap();
    assert_eq!(untoc["declarations"]["extradition_basis"]["accepted"], true);
    assert_eq!(
        untoc["declarations"]["languages"]["languages"],
        json!(["is", "en"])
    );
    assert_eq!(
        untoc["id"],
        cna::bulk::treaty_csv::id("ISL", "UNTOC").to_string()
    );
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM audit_log WHERE entity = 'treaty' AND actor = 'import'"
        )
        .await,
        2
    );
    // Loaded again: nothing new.
    let report = cna::bulk::import::import(&pool, lines.as_bytes(), |_| {})
        .await
        .unwrap();
    assert_eq!((report.created, report.skipped), (0, 2));
    // A row the pipeline refuses names its row and its column.
    let bad = sheet.replace("ISL,BUDAPEST,party", "ISL,UNCAC,none");
    let lines = cna::bulk::treaty_csv::to_lines(bad.as_bytes()).unwrap();
    let error = format!(
        "{:#}",
        cna::bulk::import::import(&pool, lines.as_bytes(), |_| {})
            .await
            .unwrap_err()
    );
    assert!(
        error.contains("line 2") && error.contains("signed_on"),
        "{error}"
    );
}
