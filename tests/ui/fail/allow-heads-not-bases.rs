// allow_multiple_heads does not also allow several unlabelled bases.

static M: migraph::Migrations = migraph::migrations!(
    "tests/ui/fixtures/allow-heads-not-bases",
    allow_multiple_heads
);

fn main() {}
