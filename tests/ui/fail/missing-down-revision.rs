// A file without a '-- down_revision:' header is an error that says to write 'none' for a base.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/missing-down-revision");

fn main() {}
