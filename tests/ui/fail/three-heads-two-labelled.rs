// Three heads of which only two carry a branch label are an error naming all three.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/three-heads-two-labelled");

fn main() {}
