// '-- migrate:down' before '-- migrate:up' is an error on its line.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/down-before-up");

fn main() {}
