use diesel_async::RunQueryDsl;

use crate::helpers::spawn_app;

async fn counts(conn: &mut cna::db::Conn) -> (i64, i64, i64, i64) {
    diesel::dsl::sql::<(
        diesel::sql_types::BigInt,
        diesel::sql_types::BigInt,
        diesel::sql_types::BigInt,
        diesel::sql_types::BigInt,
    )>(
        "SELECT (SELECT count(*) FROM authorities) + (SELECT count(*) FROM laws) + (SELECT count(*) FROM cases) \
                  + (SELECT count(*) FROM treaty_participations), \
                (SELECT count(*) FROM record_versions), \
                (SELECT count(*) FROM change_log), (SELECT count(*) FROM countries)",
    )
    .get_result(conn)
    .await
    .unwrap()
}

async fn audit_rows(conn: &mut cna::db::Conn) -> i64 {
    diesel::dsl::sql::<diesel::sql_types::BigInt>(
        "SELECT count(*) FROM audit_log WHERE actor = 'seed'",
    )
    .get_result(conn)
    .await
    .unwrap()
}

#[tokio::test]
async fn seeding_again_changes_nothing_and_every_record_is_in_history_the_log_and_the_audit() {
    let app = spawn_app().await;
    let mut conn = app.db().await;
    let before = counts(&mut conn).await;
    assert_eq!(before.0, before.1, "one history version per seeded record");
    assert_eq!(before.0, before.2, "one change-log row per seeded record");
    assert_eq!(
        audit_rows(&mut conn).await,
        before.0,
        "one audit row per seeded record"
    );
    assert_eq!(before.3, 249);
    let pool =
        cna::db::build_pool(&app.database_url, 2, std::time::Duration::from_secs(5)).unwrap();
    let report = cna::seed::run(&pool, true).await.unwrap();
    let demo = report.demo.unwrap();
    assert_eq!((demo.created, demo.skipped), (0, before.0 as u64));
    assert_eq!(counts(&mut conn).await, before);
}

#[tokio::test]
async fn reference_data_alone_holds_no_demo_record_and_updates_in_place() {
    let app = crate::helpers::spawn_empty_app().await;
    let mut conn = app.db().await;
    let (records, versions, changes, countries) = counts(&mut conn).await;
    assert_eq!((records, versions, changes), (0, 0, 0));
    assert_eq!(countries, 249);
    // A newer seed-data/ updates a running instance: a changed name comes back as shipped.
    diesel::sql_query(
        "UPDATE countries SET names = jsonb_set(names, '{en}', '\"Renamed\"') WHERE iso3 = 'KEN'",
    )
    .execute(&mut conn)
    .await
    .unwrap();
    let pool =
        cna::db::build_pool(&app.database_url, 2, std::time::Duration::from_secs(5)).unwrap();
    let report = cna::seed::run(&pool, false).await.unwrap();
    assert_eq!(report.demo, None);
    assert_eq!(report.countries, 249);
    let (_, kenya) = app.get_json("/v1/countries/KEN").await;
    assert_eq!(kenya["names"]["en"], "Kenya", "{kenya}");
    let (_, authorities) = app.get_json("/v1/authorities").await;
    assert_eq!(authorities["items"], serde_json::json!([]));
}
