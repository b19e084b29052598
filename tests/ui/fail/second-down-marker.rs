// A second '-- migrate:down' is an error on its line.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/second-down-marker");

fn main() {}
