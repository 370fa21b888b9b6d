//! One-click confirmation links: opening one changes nothing; its button confirms its record
//! once, through the pipeline, as its account; used, expired, superseded, unknown links and links
//! to another State's record confirm nothing.

use chrono::Duration;
use reqwest::redirect;
use serde_json::{json, Value};

use crate::authority_writes::count;
use crate::helpers::{spawn_app, TestApp};

struct Links {
    client: reqwest::Client,
}

impl Links {
    fn new() -> Self {
        Links {
            client: reqwest::Client::builder()
                .redirect(redirect::Policy::none())
                .build()
                .unwrap(),
        }
    }

    async fn get(&self, app: &TestApp, token: &str) -> (u16, String) {
        let response = self
            .client
            .get(format!("{}/en/confirm/{token}", app.address))
            .send()
            .await
            .unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }

    async fn post(&self, app: &TestApp, token: &str) -> (u16, String) {
        let response = self
            .client
            .post(format!("{}/en/confirm/{token}", app.address))
            .form(&[("confirm", "")])
            .send()
            .await
            .unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }
}

async fn first_id(app: &TestApp, country: &str) -> String {
    let (_, page) = app
        .get_json(&format!("/v1/authorities?country={country}&limit=2"))
        .await;
    page["items"][0]["id"].as_str().unwrap().to_owned()
}

async fn authority(app: &TestApp, id: &str) -> Value {
    app.get_json(&format!("/v1/authorities/{id}")).await.1
}

/// A link for account `user` to confirm authority `id` at its current version.
async fn issue(app: &TestApp, user: &str, id: &str) -> String {
    let version = authority(app, id).await["version"].as_i64().unwrap();
    let mut conn = app.db().await;
    cna::reminders::links::issue(
        &mut conn,
        user.parse().unwrap(),
        id.parse().unwrap(),
        version,
        app.clock.now(),
    )
    .await
    .unwrap()
}

#[tokio::test]
async fn a_link_shows_its_record_and_only_its_button_confirms_it_once() {
    let app = spawn_app().await;
    let email = "fp.link@test.example";
    let user = app.account(email, "focal_point", Some("FRA")).await;
    let id = first_id(&app, "FRA").await;
    let other = {
        let (_, page) = app.get_json("/v1/authorities?country=FRA&limit=2").await;
        page["items"][1]["id"].as_str().unwrap().to_owned()
    };
    let token = issue(&app, &user, &id).await;
    let before = authority(&app, &id).await;
    let other_before = authority(&app, &other).await;
    let links = Links::new();

    // Opening it, as a mail scanner would, twice: it shows the record and changes nothing.
    for _ in 0..2 {
        let (status, page) = links.get(&app, &token).await;
        assert_eq!(status, 200);
        assert!(page.contains(&id), "the record is shown");
        assert!(page.contains("<form method=\"post\">"));
    }
    assert_eq!(authority(&app, &id).await, before);

    let (status, page) = links.post(&app, &token).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("confirmed as of today"));
    let after = authority(&app, &id).await;
    assert_eq!(after["version"], before["version"].as_i64().unwrap() + 1);
    assert_eq!(after["stale"], false);
    assert_eq!(
        authority(&app, &other).await,
        other_before,
        "only its record"
    );
    // Through the pipeline, as the account, marked as from a reminder.
    let audited = format!(
        "SELECT count(*) FROM audit_log WHERE entity_id = '{id}' AND action = 'confirm' \
         AND actor = '{email}' AND via = 'reminder'"
    );
    assert_eq!(count(&app, &audited).await, 1);
    let logged = format!("SELECT count(*) FROM change_log WHERE entity_id = '{id}'");
    assert!(count(&app, &logged).await >= 1);
    let (_, history) = app
        .get_as(
            &format!("/v1/authorities/{id}/history"),
            &app.user("admin", None).await.token,
        )
        .await;
    let last = history["items"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (last["action"].as_str(), last["actor"].as_str()),
        (Some("confirm"), Some(email))
    );

    // Once only.
    let (status, page) = links.post(&app, &token).await;
    assert_eq!(status, 410);
    assert!(page.contains("used already") && page.contains("/en/sign-in"));
    assert_eq!(links.get(&app, &token).await.0, 410);
    assert_eq!(authority(&app, &id).await["version"], after["version"]);

    // A token that names no link.
    assert_eq!(links.get(&app, "not-a-token").await.0, 404);
    assert_eq!(links.post(&app, "not-a-token").await.0, 404);
}

#[tokio::test]
async fn superseded_expired_and_out_of_scope_links_confirm_nothing() {
    let app = spawn_app().await;
    let user = app
        .account("fp.links@test.example", "focal_point", Some("FRA"))
        .await;
    let id = first_id(&app, "FRA").await;
    let links = Links::new();

    // The record changed since the link was made.
    let token = issue(&app, &user, &id).await;
    let writer = app.user("focal_point", Some("FRA")).await;
    let status = app
        .edit_as(&format!("/v1/authorities/{id}"), &writer.token, |d| {
            d["office_hours"] = json!("Changed meanwhile")
        })
        .await;
    assert_eq!(status, 200);
    let before = authority(&app, &id).await;
    assert_eq!(links.get(&app, &token).await.0, 410);
    let (status, page) = links.post(&app, &token).await;
    assert_eq!(status, 410);
    assert!(page.contains("changed since"));
    assert_eq!(authority(&app, &id).await, before);

    // A link to another State's record (which no reminder makes) is refused by the pipeline.
    let kenyan = first_id(&app, "KEN").await;
    let token = issue(&app, &user, &kenyan).await;
    let kenya_before = authority(&app, &kenyan).await;
    assert_eq!(links.post(&app, &token).await.0, 403);
    assert_eq!(authority(&app, &kenyan).await, kenya_before);

    // A disabled account's links are no longer valid.
    let disabled = app
        .account("fp.gone@test.example", "focal_point", Some("FRA"))
        .await;
    let token = issue(&app, &disabled, &id).await;
    let mut conn = app.db().await;
    cna::auth::accounts::disable(&mut conn, disabled.parse().unwrap())
        .await
        .unwrap();
    assert_eq!(links.post(&app, &token).await.0, 404);
    assert_eq!(authority(&app, &id).await, before);

    // Past its expiry.
    let token = issue(&app, &user, &id).await;
    app.clock
        .advance(Duration::days(cna::reminders::links::VALID_DAYS + 1));
    let (status, page) = links.get(&app, &token).await;
    assert_eq!(status, 410);
    assert!(page.contains("expired"));
    assert_eq!(links.post(&app, &token).await.0, 410);
    assert_eq!(authority(&app, &id).await["version"], before["version"]);
}
