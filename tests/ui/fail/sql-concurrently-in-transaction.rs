// PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY and VACUUM inside a transaction: a transactional revision holding one is an error with the fix.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sql-concurrently-in-transaction");

fn main() {}
