// A type error inside a code revision is rustc's error at its line in the revision's own file.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/code-type-error");

fn main() {}
