// An unknown '-- migrate:' marker is an error on its line.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/unknown-section-marker");

fn main() {}
