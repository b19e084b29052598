// A SQLite set whose chain applies (triggers included) and whose downs undo their ups compiles.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/sqlite-chain-valid");

fn main() {
    assert_eq!(M.len(), 2);
}
