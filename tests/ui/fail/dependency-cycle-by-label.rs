// A cycle closed through depends_on on a branch label is reported as a dependency cycle.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/dependency-cycle-by-label");

fn main() {}
