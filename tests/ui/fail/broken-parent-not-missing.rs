// When a parent fails to parse, its children are not also told the parent is missing: only the
// real problem is reported.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/broken-parent-not-missing");

fn main() {}
