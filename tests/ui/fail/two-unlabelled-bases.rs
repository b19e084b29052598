// Two bases without branch labels are an error naming both.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/two-unlabelled-bases");

fn main() {}
