// A migration file that is not valid UTF-8 is an error naming it; revisions that name it as a
// parent are not also reported.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/non-utf8-file");

fn main() {}
