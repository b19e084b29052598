// A revision id with characters outside [A-Za-z0-9_] is an error naming the line and the bad
// character.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/malformed-revision-id");

fn main() {}
