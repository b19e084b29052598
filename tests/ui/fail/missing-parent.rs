// A down_revision naming a revision that does not exist is an error naming the referencing
// revision and its file.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/missing-parent");

fn main() {}
