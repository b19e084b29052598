// A second '-- migrate:up' is an error on its line.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/second-up-marker");

fn main() {}
