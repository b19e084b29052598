// A subdirectory in the migration directory is an error naming it.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/subdirectory");

fn main() {}
