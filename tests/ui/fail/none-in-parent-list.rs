// 'none' inside a list of parents is a reserved id, not a base marker.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/none-in-parent-list");

fn main() {}
