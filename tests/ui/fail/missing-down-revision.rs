// A file without a '-- down_revision:' header is an error that says to write 'none' for a base.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/missing-down-revision");

fn main() {}
