// A revision id longer than 64 characters is refused.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/id-too-long");

fn main() {}
