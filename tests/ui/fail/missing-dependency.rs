// A depends_on naming neither a revision nor a branch label is an error naming the referencing
// revision and its file.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/missing-dependency");

fn main() {}
