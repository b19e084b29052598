// A file without '-- migrate:down' is an error that mentions 'irreversible'.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/missing-down");

fn main() {}
