// The same header key given twice is an error naming both lines.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/duplicate-header-key");

fn main() {}
