// A branch label declared in a file that fails to parse must not also be reported missing from a
// depends_on naming it.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/broken-label-not-missing");

fn main() {}
