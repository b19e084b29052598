// A file without '-- migrate:down' is an error that mentions 'irreversible'.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/missing-down");

fn main() {}
