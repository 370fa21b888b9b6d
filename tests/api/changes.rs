//! The change log read in commit order: never a gap, even when a transaction commits late.

use cna::changes::{read_all_after, Position};
use diesel_async::{AsyncConnection, RunQueryDsl};
use reqwest::Method;

use crate::authority_writes::sample;
use crate::helpers::spawn_app;

#[tokio::test]
async fn a_late_commit_is_never_skipped() {
    let app = spawn_app().await;
    let fp = app.user("focal_point", Some("FRA")).await;
    let mut reader = app.db().await;
    // Transaction ids are server-wide: a transaction of another test running right now may hold the
    // log back for a moment, so wait until every seeded change is readable.
    let committed = change_count(&mut reader).await;
    let mut seeded = Vec::new();
    for _ in 0..200 {
        seeded = read_all_after(&mut reader, Position::default())
            .await
            .unwrap();
        if seeded.len() as i64 >= committed {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(seeded.len() as i64, committed, "every seeded change");
    assert!(seeded.len() >= 290, "{}", seeded.len());
    assert!(
        seeded.windows(2).all(|w| w[0].position < w[1].position),
        "commit order"
    );
    let mut position = seeded.last().unwrap().position;

    // A long transaction writes a change and stays open...
    let late = uuid::Uuid::new_v4();
    let mut slow = app.db().await;
    diesel::sql_query("BEGIN").execute(&mut slow).await.unwrap();
    diesel::sql_query(
        "INSERT INTO change_log (entity, entity_id, operation, version, country)
         VALUES ('authority', $1, 'upsert', 1, 'KEN')",
    )
    .bind::<diesel::sql_types::Uuid, _>(late)
    .execute(&mut slow)
    .await
    .unwrap();
    // ...while others commit after it.
    let mut expected = vec![late];
    for _ in 0..3 {
        let response = app
            .send_json(
                Method::POST,
                "/v1/authorities",
                Some(&fp.token),
                &sample(None),
            )
            .await;
        assert_eq!(response.status(), 201);
        let body: serde_json::Value = response.json().await.unwrap();
        expected.push(body["id"].as_str().unwrap().parse().unwrap());
    }
    let held_back = read_all_after(&mut reader, position).await.unwrap();
    assert!(
        held_back.is_empty(),
        "later commits are held back while an earlier transaction runs: {held_back:?}"
    );

    diesel::sql_query("COMMIT")
        .execute(&mut slow)
        .await
        .unwrap();
    // As above, another test's transaction may hold the log back for a moment.
    let mut after_commit = Vec::new();
    for _ in 0..100 {
        after_commit = read_all_after(&mut reader, position).await.unwrap();
        if after_commit.len() >= 4 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let ours: Vec<uuid::Uuid> = after_commit
        .iter()
        .map(|c| c.entity_id)
        .filter(|id| expected.contains(id))
        .collect();
    assert_eq!(
        ours, expected,
        "the late commit first (it began first), then the three others, each once: {after_commit:#?}"
    );
    assert_eq!(
        after_commit.len(),
        4,
        "nothing else was written: {after_commit:#?}"
    );
    position = after_commit.last().unwrap().position;
    assert!(read_all_after(&mut reader, position)
        .await
        .unwrap()
        .is_empty());

    // A rolled-back change never appears.
    let mut aborted = app.db().await;
    aborted
        .transaction::<(), diesel::result::Error, _>(|conn| {
            Box::pin(async move {
                diesel::sql_query(
                    "INSERT INTO change_log (entity, entity_id, operation, version, country)
                     VALUES ('case', gen_random_uuid(), 'delete', 2, 'KEN')",
                )
                .execute(conn)
                .await?;
                Err(diesel::result::Error::RollbackTransaction)
            })
        })
        .await
        .unwrap_err();
    assert!(read_all_after(&mut reader, position)
        .await
        .unwrap()
        .is_empty());
}

async fn change_count(conn: &mut cna::db::Conn) -> i64 {
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let count: Count = diesel::sql_query("SELECT count(*) AS n FROM change_log")
        .get_result(conn)
        .await
        .unwrap();
    count.n
}

/// Transaction ids are ordered as numbers, not as text: a cluster's ids grow from three digits to
/// four (and so on), and "1000" must come after "999". (Ids this small are older than any running
/// transaction, so the rows are readable at once.)
#[tokio::test]
async fn changes_are_ordered_by_transaction_id_as_a_number() {
    let app = spawn_app().await;
    let mut conn = app.db().await;
    diesel::sql_query("DELETE FROM change_log")
        .execute(&mut conn)
        .await
        .unwrap();
    for txid in ["10", "9", "100", "8"] {
        diesel::sql_query(
            "INSERT INTO change_log (txid, entity, entity_id, operation, version, country)
             VALUES ($1::xid8, 'case', gen_random_uuid(), 'delete', 2, 'KEN')",
        )
        .bind::<diesel::sql_types::Text, _>(txid)
        .execute(&mut conn)
        .await
        .unwrap();
    }
    let read: Vec<u64> = read_all_after(&mut conn, Position::default())
        .await
        .unwrap()
        .iter()
        .map(|c| c.position.txid)
        .collect();
    assert_eq!(read, [8, 9, 10, 100]);
    // Page by page, from each position.
    let mut after = Position::default();
    let mut paged = Vec::new();
    while let Some(next) = cna::changes::read_after(&mut conn, after, 1)
        .await
        .unwrap()
        .pop()
    {
        paged.push(next.position.txid);
        after = next.position;
    }
    assert_eq!(paged, [8, 9, 10, 100]);
}
