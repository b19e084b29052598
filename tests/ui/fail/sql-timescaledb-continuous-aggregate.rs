// A TimescaleDB continuous aggregate created WITH DATA (the default), and CALL refresh_continuous_aggregate, cannot run in a transaction.

static M: migraph::Migrations = migraph::migrations!("tests/ui/fixtures/sql-timescaledb-continuous-aggregate");

fn main() {}
