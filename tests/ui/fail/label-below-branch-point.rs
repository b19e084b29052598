// A label declared below a branch point does not climb past it: c1 is labelled, its sibling d1 is
// not, so two heads is an error.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/label-below-branch-point");

fn main() {}
