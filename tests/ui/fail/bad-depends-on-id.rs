// An id with a space in depends_on is an error on its line.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/bad-depends-on-id");

fn main() {}
