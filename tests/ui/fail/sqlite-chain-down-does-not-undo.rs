// The chain runs each down and then the up again: a down that leaves its table behind fails there.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sqlite-chain-down-does-not-undo");

fn main() {}
