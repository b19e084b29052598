// A revision listing itself in depends_on is a dependency cycle.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/self-dependency");

fn main() {}
