// A down_revision cycle of three revisions names exactly its members, not the revision below it
// (d1) nor the base (a1).

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/cycle-of-three");

fn main() {}
