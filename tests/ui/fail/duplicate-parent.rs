// The same revision listed twice in down_revision is an error on that line.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/duplicate-parent");

fn main() {}
