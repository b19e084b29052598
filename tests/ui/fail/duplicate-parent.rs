// The same revision listed twice in down_revision is an error on that line.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/duplicate-parent");

fn main() {}
