// A revision whose header says 'sql_check: off' is not checked (syntax newer than the parser), and says so.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sql-check-off");

fn main() {
    assert!(M.get("a1").unwrap().is_sql_checked());
    assert!(!M.get("b1").unwrap().is_sql_checked());
}
