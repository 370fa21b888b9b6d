use cna::db;

use crate::helpers::{database_url, fresh_database};

/// Every migration applies to an empty database, every down.sql reverts it, and it applies again.
#[tokio::test]
async fn migrations_apply_revert_and_reapply() {
    // A clone of the template is already migrated: revert it all, then migrate again.
    let (_name, url) = fresh_database().await;
    let reverted = db::revert_all_migrations(&url).await.expect("revert");
    assert!(reverted >= 3, "{reverted}");
    let applied = db::run_migrations(&url).await.expect("re-apply");
    assert_eq!(applied.len(), reverted);
    assert!(db::run_migrations(&url).await.expect("no-op").is_empty());
    // The database helper resolves names on the same server.
    assert!(database_url("x").ends_with("/x") || database_url("x").contains("/x?"));
}
