// An unknown header key next to a complete header is an error on its own line (nothing else is
// reported).

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/unknown-header-key-extra");

fn main() {}
