// '-- migrate:down' before '-- migrate:up' is an error on its line.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/down-before-up");

fn main() {}
