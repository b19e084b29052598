// An effective head (a tip another branch depends on) still counts as a head: without labels this
// is two heads.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/effective-head-unlabelled");

fn main() {}
