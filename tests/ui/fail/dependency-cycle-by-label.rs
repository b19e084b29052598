// A cycle closed through depends_on on a branch label is reported as a dependency cycle.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/dependency-cycle-by-label");

fn main() {}
