// In a SQLite set too, transaction control inside a revision is an error.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sql-transaction-control-sqlite");

fn main() {}
