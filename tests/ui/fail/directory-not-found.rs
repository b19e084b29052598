// A directory that does not exist is an error naming the path as given and as tried.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/does-not-exist");

fn main() {}
