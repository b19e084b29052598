// SQL before '-- migrate:up' is an error on its line.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/sql-in-header");

fn main() {}
