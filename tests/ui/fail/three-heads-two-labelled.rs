// Three heads of which only two carry a branch label are an error naming all three.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/three-heads-two-labelled");

fn main() {}
