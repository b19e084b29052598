// Lint rule names in migrate.toml and in a lint_allow header must exist; each unknown one is reported with its line.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/lint-unknown-rule");

fn main() {}
