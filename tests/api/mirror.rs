//! `cna mirror`, the reference partner client: from nothing to an exact copy of what the partner
//! may see, then kept current across runs, deletions included.

use reqwest::Method;

use cna::mirror::{run, Client, Mirror};

use crate::authority_writes::sample;
use crate::helpers::spawn_app;
use crate::partners::create_partner;

/// The records of a fresh export, as the mirror holds them.
async fn exported(client: &Client) -> Mirror {
    client.export().await.unwrap()
}

#[tokio::test]
async fn the_mirror_starts_from_the_export_and_stays_exactly_in_sync() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let partner = create_partner(&app, &admin.token, "Mirror", "restricted").await;
    let client = Client::new(&app.address, partner["api_key"].as_str().unwrap()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("mirror.ndjson");

    let first = run(&client, &out, false).await.unwrap();
    assert!(first.records.len() > 500);
    assert_eq!(first.records, exported(&client).await.records);

    // Changes while the mirror is not running: a creation, an update, a retirement.
    let response = app
        .send_json(
            Method::POST,
            "/v1/authorities",
            Some(&admin.token),
            &sample(Some("FRA")),
        )
        .await;
    let created: serde_json::Value = response.json().await.unwrap();
    let path = format!("/v1/authorities/{}", created["id"].as_str().unwrap());
    let mut updated = sample(Some("FRA"));
    updated["acronym"] = "PNF-2".into();
    let response = app
        .request(Method::PUT, &path, Some(&admin.token))
        .header("if-match", "\"1\"")
        .json(&updated)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let retired = first
        .records
        .keys()
        .find(|(kind, _)| kind == "authority")
        .unwrap()
        .1
        .clone();
    let response = app
        .request(
            Method::DELETE,
            &format!("/v1/authorities/{retired}"),
            Some(&admin.token),
        )
        .header("if-match", "*")
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());

    // Run again: it resumes from the file and ends equal to a fresh export. (Another test's
    // transaction may hold the feed back for a moment: run until the changes are in.)
    let mut again = Mirror::default();
    for _ in 0..100 {
        again = run(&client, &out, false).await.unwrap();
        let key = (
            "authority".to_owned(),
            created["id"].as_str().unwrap().to_owned(),
        );
        if again.records.get(&key).is_some_and(|(v, _)| *v == 2)
            && !again
                .records
                .contains_key(&("authority".to_owned(), retired.clone()))
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(again.records, exported(&client).await.records);
    assert_eq!(Mirror::load(&out).unwrap().unwrap().records, again.records);
}
