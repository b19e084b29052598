// A file without a '-- revision:' header is an error that says how a migration starts.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/missing-revision");

fn main() {}
