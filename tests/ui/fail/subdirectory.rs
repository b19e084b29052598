// A subdirectory in the migration directory is an error naming it.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/subdirectory");

fn main() {}
