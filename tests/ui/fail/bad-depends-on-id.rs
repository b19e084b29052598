// An id with a space in depends_on is an error on its line.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/bad-depends-on-id");

fn main() {}
