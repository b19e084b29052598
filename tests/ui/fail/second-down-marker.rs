// A second '-- migrate:down' is an error on its line.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/second-down-marker");

fn main() {}
