// Two revisions declaring the same branch label is an error naming both revisions and files.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/duplicate-branch-label");

fn main() {}
