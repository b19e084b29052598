// 'transactional' accepts only true or false.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/malformed-transactional");

fn main() {}
