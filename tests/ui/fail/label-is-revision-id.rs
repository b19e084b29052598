// A branch label equal to a revision id is an error (labels and ids share one namespace).

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/label-is-revision-id");

fn main() {}
