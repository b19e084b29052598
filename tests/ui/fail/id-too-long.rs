// A revision id longer than 64 characters is refused.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/id-too-long");

fn main() {}
