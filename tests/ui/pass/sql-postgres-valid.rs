// A PostgreSQL set with functions, triggers, DO blocks, enums, partitions, generated columns and a non-transactional index compiles.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sql-postgres-valid");

fn main() {
    assert_eq!(M.len(), 3);
    assert!(M.revisions().iter().all(|r| r.is_sql_checked()));
}
