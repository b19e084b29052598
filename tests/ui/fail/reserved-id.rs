// A revision id that is a target keyword (head) is refused.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/reserved-id");

fn main() {}
