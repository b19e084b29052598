// A file without a '-- revision:' header is an error that says how a migration starts.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/missing-revision");

fn main() {}
