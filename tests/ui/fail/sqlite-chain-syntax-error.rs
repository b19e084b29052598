// SQLite's own parser checks the syntax of a SQLite set, in the chain.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sqlite-chain-syntax-error");

fn main() {}
