// A branch label equal to a revision id is an error (labels and ids share one namespace).

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/label-is-revision-id");

fn main() {}
