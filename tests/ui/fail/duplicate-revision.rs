// Two files defining the same revision id is an error naming both files.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/duplicate-revision");

fn main() {}
