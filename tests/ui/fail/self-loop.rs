// A revision naming itself as down_revision is a cycle.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/self-loop");

fn main() {}
