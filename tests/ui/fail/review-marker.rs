// A generated revision that still holds a `-- review:` line does not compile; every such
// line is reported, at its own line, and the revisions after it are not called missing.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/review-marker");

fn main() {}
