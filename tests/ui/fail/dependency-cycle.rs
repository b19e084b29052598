// A cycle closed through depends_on (b1 depends on its own descendant c1) is reported as a
// dependency cycle.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/dependency-cycle");

fn main() {}
