// The sql_check header takes 'on' or 'off'.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/malformed-sql-check");

fn main() {}
