// A branch label with characters outside [A-Za-z0-9_] is an error on its line.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/bad-branch-label");

fn main() {}
