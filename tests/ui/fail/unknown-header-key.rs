// A misspelt header key ('down_rev') is an error naming the file and line, and the required
// 'down_revision' it was meant to be is then reported missing.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/unknown-header-key");

fn main() {}
