// A branch label that is a target keyword (base) is refused.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/reserved-label");

fn main() {}
