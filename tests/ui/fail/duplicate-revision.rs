// Two files defining the same revision id is an error naming both files.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/duplicate-revision");

fn main() {}
