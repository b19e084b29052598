// A revision id with characters outside [A-Za-z0-9_] is an error naming the line and the bad
// character.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/malformed-revision-id");

fn main() {}
