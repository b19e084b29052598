// A code revision's '//' header is checked like a SQL revision's: the same keys and messages,
// plus a missing 'pub async fn down' when the header does not say 'irreversible: true'.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/code-header-error");

fn main() {}
