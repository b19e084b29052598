// A revision id that is a target keyword (head) is refused.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/reserved-id");

fn main() {}
