//! The runtime's side of the ledger: creating the bookkeeping table on
//! first use and reading its rows into a [`Ledger`].

use std::time::Instant;

use super::backend::Backend;
use super::migrator::{db, Migrator};
use crate::error::Result;
use crate::ledger::{sql, Ledger};

impl<'m> Migrator<'m> {
    pub(super) async fn ensure_table<DB: Backend>(&self, conn: &mut DB::Connection) -> Result<()> {
        let table = &self.options.table;
        if DB::table_exists(conn, table)
            .await
            .map_err(db("look for the bookkeeping table"))?
        {
            return Ok(());
        }
        if let Some(create) = sql::create_schema(table, DB::DIALECT) {
            self.execute_retrying::<DB>(conn, &create)
                .await
                .map_err(db("create the bookkeeping schema"))?;
        }
        let create = sql::create_table(table, DB::DIALECT);
        self.execute_retrying::<DB>(conn, &create)
            .await
            .map_err(db("create the bookkeeping table"))
    }

    /// Every row, as a ledger over this build.
    pub(super) async fn read<DB: Backend>(&self, conn: &mut DB::Connection) -> Result<Ledger<'m>> {
        let records = DB::read_records(conn, &self.options.table)
            .await
            .map_err(db("read the bookkeeping table"))?;
        Ok(Ledger::new(self.migrations, records))
    }

    /// Every row, or none if the table does not exist yet: reads create nothing.
    pub(super) async fn read_if_exists<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
    ) -> Result<Ledger<'m>> {
        if DB::table_exists(conn, &self.options.table)
            .await
            .map_err(db("look for the bookkeeping table"))?
        {
            self.read::<DB>(conn).await
        } else {
            Ok(Ledger::new(self.migrations, Vec::new()))
        }
    }

    /// Runs a statement, retrying while SQLite reports another writer, up
    /// to the lock timeout.
    async fn execute_retrying<DB: Backend>(
        &self,
        conn: &mut DB::Connection,
        sql: &str,
    ) -> Result<(), sqlx::Error> {
        let started = Instant::now();
        loop {
            match DB::execute(conn, sql).await {
                Err(err) if DB::is_busy(&err) && started.elapsed() < self.options.lock_timeout => {
                    tokio::time::sleep(self.options.poll_interval).await;
                }
                other => return other,
            }
        }
    }
}
