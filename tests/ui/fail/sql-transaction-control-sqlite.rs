// In a SQLite set too, transaction control inside a revision is an error.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/sql-transaction-control-sqlite");

fn main() {}
