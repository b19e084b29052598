// An empty down_revision is an error that says to write 'none' for a base.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/empty-down-revision");

fn main() {}
