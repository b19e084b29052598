// A second '-- migrate:up' is an error on its line.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/second-up-marker");

fn main() {}
