// 'transactional' accepts only true or false.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/malformed-transactional");

fn main() {}
