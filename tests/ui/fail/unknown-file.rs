// A file that is neither a migration, a *.md file nor a dotfile is an error, never skipped.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/unknown-file");

fn main() {}
