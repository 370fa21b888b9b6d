//! What a hostile client can do to sign-in: flood it, try a locked account under another spelling,
//! race the throttle with parallel guesses. Each test makes the attack and checks that it does no
//! harm: other callers are served, no account is tried past its limit, no second account appears.

use std::time::Duration;

use futures_util::future::join_all;
use reqwest::Method;
use serde_json::{json, Value};

use crate::authority_writes::count;
use crate::helpers::{assert_problem, spawn_app, spawn_app_tuned, PASSWORD};

/// An authority every demo database holds, read anonymously while the attacks run.
async fn some_authority(app: &crate::helpers::TestApp) -> String {
    let (status, page) = app.get_json("/v1/authorities?limit=1").await;
    assert_eq!(status, 200);
    page["items"][0]["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_sign_in_flood_is_refused_fast_and_holds_no_connection_that_readers_need() {
    // One hash at a time with four waiting, four connections, and requests that wait at most two
    // seconds for a connection: a sign-in that held its connection while it waited for a hash
    // would leave the readers none for far longer, and they would answer 503.
    let app = spawn_app_tuned(|db, _, auth| {
        db.pool_size = 4;
        db.timeout_ms = 2000;
        auth.hash_concurrency = 1;
        auth.hash_queue = 4;
        auth.login_max_failures_per_address = 100_000;
    })
    .await;
    let id = some_authority(&app).await;
    let mut emails = Vec::new();
    for i in 0..40 {
        let email = format!("flood.{i}@rt.example");
        app.account(&email, "reader", None).await;
        emails.push(email);
    }
    // 200 sign-ins with the right password, five per account, all at once, and 40 reads among
    // them.
    let logins = (0..200).map(|i| {
        let app = &app;
        let email = emails[i % emails.len()].clone();
        async move {
            let response = app.login(&email, PASSWORD).await;
            let status = response.status().as_u16();
            let retry = response.headers().get("retry-after").is_some();
            let body: Value = response.json().await.unwrap_or_default();
            (
                status,
                retry,
                body["type"].as_str().unwrap_or_default().to_owned(),
            )
        }
    });
    let reads = (0..40).map(|_| {
        let app = &app;
        let path = format!("/v1/authorities/{id}");
        async move {
            tokio::time::sleep(Duration::from_millis(20)).await;
            app.get(&path).await.status().as_u16()
        }
    });
    let (logins, reads) = tokio::join!(join_all(logins), join_all(reads));
    assert!(
        reads.iter().all(|s| *s == 200),
        "reads during the flood: {reads:?}"
    );
    let signed_in = logins.iter().filter(|(s, _, _)| *s == 200).count();
    let refused: Vec<_> = logins.iter().filter(|(s, _, _)| *s != 200).collect();
    assert!(signed_in >= 5, "some sign-ins go through: {signed_in}");
    assert!(!refused.is_empty(), "the excess is refused");
    for (status, retry, problem) in refused {
        assert!(
            *status == 503 && problem == "urn:cna:problem:unavailable" && *retry,
            "an excess sign-in is a 503 problem with Retry-After: {status} {problem}"
        );
    }
    // Refused sign-ins were not failures: every account can still sign in, none is blocked.
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM login_throttle WHERE blocked_until > now()"
        )
        .await,
        0
    );
    assert_eq!(app.login(&emails[0], PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn parallel_guesses_are_held_to_the_limit_exactly() {
    let app = spawn_app().await;
    app.account("victim2@rt.example", "reader", None).await;
    let guesses = (0..30).map(|i| {
        let app = &app;
        async move {
            app.login("victim2@rt.example", &format!("wrong guess number {i}"))
                .await
                .status()
                .as_u16()
        }
    });
    let statuses = join_all(guesses).await;
    // Five are tried; every other one is refused, by the throttle (429) or because the server
    // was already checking all the passwords it can (503).
    let tried = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| [429, 503].contains(*s)).count();
    assert_eq!((tried, refused), (5, 25), "{statuses:?}");
    assert!(statuses.contains(&429), "{statuses:?}");
    assert_eq!(
        count(
            &app,
            "SELECT failures::bigint FROM login_throttle WHERE key = 'account:victim2@rt.example'"
        )
        .await,
        5
    );
    // Locked: even the right password waits.
    assert_problem(
        app.login("victim2@rt.example", PASSWORD).await,
        429,
        "too-many-requests",
    )
    .await;
}

#[tokio::test]
async fn a_locked_account_stays_locked_under_every_spelling() {
    let app = spawn_app().await;
    app.account("victim1@rt.example", "reader", None).await;
    for i in 0..5 {
        let response = app.login("victim1@rt.example", &format!("wrong {i}")).await;
        assert_eq!(response.status(), 401);
    }
    // The same address in other letter cases and compatibility forms is the same account, and
    // locked.
    for spelling in [
        "VICTIM1@RT.EXAMPLE",
        " Victim1@rt.example ",
        "ｖｉｃｔｉｍ１＠ｒｔ．ｅｘａｍｐｌｅ",
    ] {
        let response = app.login(spelling, PASSWORD).await;
        assert_problem(response, 429, "too-many-requests").await;
    }
    // Forms whose letters only look alike are no address at all: refused, never signed in.
    for look_alike in [
        "VİCTİM1@RT.EXAMPLE",
        "victim1@rt.exampl\u{0435}",
        "victim1\u{200b}@rt.example",
        "victim1@rt.example\u{0}",
    ] {
        let response = app.login(look_alike, PASSWORD).await;
        let problem = assert_problem(response, 422, "validation").await;
        assert_eq!(problem["errors"][0]["field"], "email", "{look_alike:?}");
    }
    // A huge address is refused before it reaches the database.
    let response = app.login(&"a".repeat(900_000), PASSWORD).await;
    assert!(
        [413, 422].contains(&response.status().as_u16()),
        "{}",
        response.status()
    );
    let response = app
        .send_json(
            Method::POST,
            "/v1/auth/login",
            None,
            &json!({"email": format!("{}@b.example", "a".repeat(60_000)), "password": PASSWORD}),
        )
        .await;
    assert_problem(response, 422, "validation").await;
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM login_throttle WHERE length(key) > 300"
        )
        .await,
        0
    );
}

#[tokio::test]
async fn one_address_is_one_account_whatever_its_form() {
    let app = spawn_app().await;
    let admin = app.user("admin", None).await;
    let create = |email: &str| {
        let body = json!({"email": email, "role": "focal_point", "country": "KEN",
                          "password": "the focal point passphrase"});
        let app = &app;
        let token = admin.token.clone();
        async move {
            app.send_json(Method::POST, "/v1/admin/users", Some(&token), &body)
                .await
        }
    };
    let response = create("FP@Ken.example").await;
    assert_eq!(response.status(), 201);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["email"], "fp@ken.example", "stored in its one form");
    for same in ["fp@KEN.example", "ＦＰ@ken.example"] {
        assert_problem(create(same).await, 409, "conflict").await;
    }
    for look_alike in [
        "fp@k\u{0435}n.example",
        "f\u{200b}p@ken.example",
        "fp@ken.examp\u{04cf}e",
    ] {
        let problem = assert_problem(create(look_alike).await, 422, "validation").await;
        assert_eq!(problem["errors"][0]["field"], "email", "{look_alike:?}");
    }
    assert_eq!(
        count(&app, "SELECT count(*) FROM users WHERE email LIKE 'fp@%'").await,
        1
    );
    // The one account signs in under any case.
    assert_eq!(
        app.login("Fp@KEN.Example", "the focal point passphrase")
            .await
            .status(),
        200
    );
}
