// A down_revision naming a revision that does not exist is an error naming the referencing
// revision and its file.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/missing-parent");

fn main() {}
