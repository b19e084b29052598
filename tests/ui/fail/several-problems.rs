// Independent problems in different files are all reported in one build, each naming its file.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/several-problems");

fn main() {}
