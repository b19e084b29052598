// 'none' inside a list of parents is a reserved id, not a base marker.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/none-in-parent-list");

fn main() {}
