// PostgreSQL parses the body of a LANGUAGE sql function when it creates it: so does the build,
// naming the line and column inside the body.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sql-syntax-error-in-sql-function");

fn main() {}
