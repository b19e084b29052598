// A parameter the syntax cannot rule out, but that is no connection, is rustc's error with a
// message that says what a code revision's function takes.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/code-wrong-connection");

fn main() {}
