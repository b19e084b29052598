// In a MySQL set, transaction control and the mysql client's DELIMITER are errors.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sql-transaction-control-mysql");

fn main() {}
