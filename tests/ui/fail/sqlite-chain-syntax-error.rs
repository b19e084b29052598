// SQLite's own parser checks the syntax of a SQLite set, in the chain.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/sqlite-chain-syntax-error");

fn main() {}
