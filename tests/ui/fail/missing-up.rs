// A file without '-- migrate:up' is an error (here the file has a header only, so the down section
// is missing too).

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/missing-up");

fn main() {}
