// A SQLite set's chain is applied at build time: a statement that fails names its file, line and SQLite's message.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sqlite-chain-missing-table");

fn main() {}
