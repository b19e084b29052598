// A TimescaleDB continuous aggregate created WITH DATA (the default), and CALL refresh_continuous_aggregate, cannot run in a transaction.

static M: migrate::Migrations = migrate::migrations!("tests/ui/fixtures/sql-timescaledb-continuous-aggregate");

fn main() {}
