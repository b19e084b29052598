// A SQLite set whose chain applies (triggers included) and whose downs undo their ups compiles.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sqlite-chain-valid");

fn main() {
    assert_eq!(M.len(), 2);
}
