// A code revision whose 'up' takes something other than a connection is one error that says
// what it must take.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/code-wrong-signature");

fn main() {}
