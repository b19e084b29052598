// Two revisions declaring the same branch label is an error naming both revisions and files.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/duplicate-branch-label");

fn main() {}
