// A file whose name does not start with its revision id followed by '_' or '.' is an error naming
// the file, the header line and the expected name.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/file-name-mismatch");

fn main() {}
