// An up section holding only whitespace is an error (a no-op revision says so in a comment).

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/empty-up");

fn main() {}
