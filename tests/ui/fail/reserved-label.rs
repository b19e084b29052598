// A branch label that is a target keyword (base) is refused.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/reserved-label");

fn main() {}
