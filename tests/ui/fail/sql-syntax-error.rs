// Every PostgreSQL statement must parse; every broken file and section is reported in one build, with line, column and token.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sql-syntax-error");

fn main() {}
