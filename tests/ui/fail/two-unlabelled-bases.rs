// Two bases without branch labels are an error naming both.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/two-unlabelled-bases");

fn main() {}
