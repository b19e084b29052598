// An unknown key in migrate.toml is an error naming the file and line.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/settings-unknown-key");

fn main() {}
