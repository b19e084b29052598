// A revision naming itself as down_revision is a cycle.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/self-loop");

fn main() {}
