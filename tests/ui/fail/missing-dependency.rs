// A depends_on naming neither a revision nor a branch label is an error naming the referencing
// revision and its file.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/missing-dependency");

fn main() {}
