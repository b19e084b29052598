// Without migrate.toml the set is checked as a graph only: SQL the parser would refuse compiles.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sql-no-dialect");

fn main() {
    assert_eq!(M.len(), 1);
}
