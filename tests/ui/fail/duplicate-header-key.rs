// The same header key given twice is an error naming both lines.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/duplicate-header-key");

fn main() {}
