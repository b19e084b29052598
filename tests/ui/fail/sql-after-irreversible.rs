// SQL after '-- migrate:down irreversible' is an error on the line of that SQL (comments are
// fine).

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sql-after-irreversible");

fn main() {}
