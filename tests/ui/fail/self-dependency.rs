// A revision listing itself in depends_on is a dependency cycle.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/self-dependency");

fn main() {}
