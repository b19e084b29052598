// A dialect that is not postgres, sqlite or mysql is an error naming the file and line.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/settings-unknown-dialect");

fn main() {}
