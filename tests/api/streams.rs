//! Long streams against short requests: exports whose clients stop reading must never take the
//! connections that every other request needs, and must end.

use std::time::Duration;

use cna::bulk::{corpus, import};
use cna::db::build_pool;
use tokio::io::AsyncWriteExt;

use crate::authority_writes::count;
use crate::helpers::{assert_problem, spawn_app_tuned, TestApp, PASSWORD};

/// Starts `GET /v1/export` as `token` on a connection with a tiny receive buffer, and never reads
/// it: the export fills what the network holds and then waits on its client.
async fn stalled_export(app: &TestApp, token: &str) -> tokio::net::TcpStream {
    let address: std::net::SocketAddr = app.address.trim_start_matches("http://").parse().unwrap();
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let mut stream = socket.connect(address).await.unwrap();
    let request = format!(
        "GET /v1/export HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    stream
}

/// Connections of this test's database sitting idle inside a transaction.
async fn idle_in_transaction(app: &TestApp) -> i64 {
    count(
        app,
        "SELECT count(*) FROM pg_stat_activity \
         WHERE datname = current_database() AND state = 'idle in transaction'",
    )
    .await
}

#[tokio::test]
async fn slow_export_readers_never_starve_short_requests_and_are_cut() {
    // Four connections for short requests, which wait at most a second for one; four export
    // places, whose clients may stall for two seconds.
    let app = spawn_app_tuned(|db, _, _| {
        db.pool_size = 4;
        db.timeout_ms = 1000;
        db.stream_pool_size = 4;
        db.stream_send_timeout_secs = 5;
    })
    .await;
    // Enough records that an export is far larger than what the network buffers.
    let mut file = Vec::new();
    corpus::write(3000, 11, &mut file, |_| {}).unwrap();
    let pool = build_pool(&app.database_url, 4, Duration::from_secs(5)).unwrap();
    import::import(&pool, file.as_slice(), |_| {})
        .await
        .unwrap();
    let admin = app.user("admin", None).await;
    let reader_email = "reader.streams@test.example";
    app.account(reader_email, "reader", None).await;
    let (_, page) = app.get_json("/v1/authorities?limit=1").await;
    let id = page["items"][0]["id"].as_str().unwrap().to_owned();

    // Sixteen exports whose clients never read.
    let mut stalled = Vec::new();
    for _ in 0..16 {
        stalled.push(stalled_export(&app, &admin.token).await);
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    // Every place is taken: one more export is refused at once.
    let response = app
        .request(reqwest::Method::GET, "/v1/export", Some(&admin.token))
        .send()
        .await
        .unwrap();
    assert!(response.headers().contains_key("retry-after"));
    assert_problem(response, 503, "unavailable").await;

    // Meanwhile everyone else is served: reads, sign-in, readiness.
    for _ in 0..10 {
        let response = app.get(&format!("/v1/authorities/{id}")).await;
        assert_eq!(response.status(), 200);
    }
    assert_eq!(app.login(reader_email, PASSWORD).await.status(), 200);
    assert_eq!(app.get("/readyz").await.status(), 200);
    // At most the stream places hold a transaction open.
    assert!(idle_in_transaction(&app).await <= 4);

    // The stalled streams are cut after the send timeout: their transactions end and their places
    // come back, so a reader that reads gets the whole file.
    let mut idle = idle_in_transaction(&app).await;
    for _ in 0..300 {
        if idle == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        idle = idle_in_transaction(&app).await;
    }
    assert_eq!(idle, 0, "stalled exports still hold their transactions");
    let mut whole = None;
    for _ in 0..50 {
        let response = app
            .request(reqwest::Method::GET, "/v1/export", Some(&admin.token))
            .send()
            .await
            .unwrap();
        if response.status() == 200 {
            whole = Some(response.text().await.unwrap());
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let whole = whole.expect("an export place came back");
    let last: serde_json::Value = serde_json::from_str(whole.lines().last().unwrap()).unwrap();
    assert_eq!(last["type"], "end");
    assert!(last["records"].as_u64().unwrap() >= 3000);
    drop(stalled);
}
