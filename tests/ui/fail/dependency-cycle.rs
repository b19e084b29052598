// A cycle closed through depends_on (b1 depends on its own descendant c1) is reported as a
// dependency cycle.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/dependency-cycle");

fn main() {}
