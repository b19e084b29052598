// Two heads without branch labels are an error naming both and suggesting a merge.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/two-unlabelled-heads");

fn main() {}
