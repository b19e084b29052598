// A hazard whose rule migrate.toml denies is a compile error; the same statement on a table of the same revision, or allowed by a lint_allow header, is not.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/lint-deny");

fn main() {}
