// BEGIN, COMMIT and ROLLBACK written inside a revision are errors, in transactional and non-transactional revisions alike.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sql-transaction-control");

fn main() {}
