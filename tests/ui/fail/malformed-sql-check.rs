// The sql_check header takes 'on' or 'off'.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/malformed-sql-check");

fn main() {}
