// An unknown '-- migrate:' marker is an error on its line.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/unknown-section-marker");

fn main() {}
