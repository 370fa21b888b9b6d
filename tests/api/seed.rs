use diesel_async::RunQueryDsl;

use crate::helpers::spawn_app;

async fn counts(conn: &mut cna::db::Conn) -> (i64, i64, i64, i64) {
    diesel::dsl::sql::<(
        diesel::sql_types::BigInt,
        diesel::sql_types::BigInt,
        diesel::sql_types::BigInt,
        diesel::sql_types::BigInt,
    )>(
        "SELECT (SELECT count(*) FROM authorities) + (SELECT count(*) FROM laws) + (SELECT count(*) FROM cases), \
                (SELECT count(*) FROM record_versions), \
                (SELECT count(*) FROM change_log), (SELECT count(*) FROM countries)",
    )
    .get_result(conn)
    .await
    .unwrap()
}

#[tokio::test]
async fn seeding_again_changes_nothing_and_every_record_is_in_history_and_the_log() {
    let app = spawn_app().await;
    let mut conn = app.db().await;
    let before = counts(&mut conn).await;
    assert_eq!(
        before.0, before.1,
        "one history version per seeded authority"
    );
    assert_eq!(
        before.0, before.2,
        "one change-log row per seeded authority"
    );
    assert_eq!(before.3, 249);
    let report = cna::seed::run(&mut conn).await.unwrap();
    assert_eq!(
        (
            report.authorities_inserted,
            report.laws_inserted,
            report.cases_inserted
        ),
        (0, 0, 0)
    );
    assert_eq!(counts(&mut conn).await, before);
}
