// An unknown key in migrate.toml is an error naming the file and line.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/settings-unknown-key");

fn main() {}
