-- revision: v20250311193204
-- down_revision: v20250307151454
-- message: openmeterio/openmeter balance_snapshot_indexes

-- migrate:up
-- drop index "balancesnapshot_namespace_at" from table: "balance_snapshots"
DROP INDEX "balancesnapshot_namespace_at";
-- drop index "balancesnapshot_namespace_balance" from table: "balance_snapshots"
DROP INDEX "balancesnapshot_namespace_balance";
-- drop index "balancesnapshot_namespace_balance_at" from table: "balance_snapshots"
DROP INDEX "balancesnapshot_namespace_balance_at";
-- create index "balancesnapshot_namespace_owner_id_at" to table: "balance_snapshots"
CREATE INDEX "balancesnapshot_namespace_owner_id_at" ON "balance_snapshots" ("namespace", "owner_id", "at") WHERE (deleted_at IS NULL);

-- migrate:down
-- reverse: create index "balancesnapshot_namespace_owner_id_at" to table: "balance_snapshots"
DROP INDEX "balancesnapshot_namespace_owner_id_at";
-- reverse: drop index "balancesnapshot_namespace_balance_at" from table: "balance_snapshots"
CREATE INDEX "balancesnapshot_namespace_balance_at" ON "balance_snapshots" ("namespace", "balance", "at");
-- reverse: drop index "balancesnapshot_namespace_balance" from table: "balance_snapshots"
CREATE INDEX "balancesnapshot_namespace_balance" ON "balance_snapshots" ("namespace", "balance");
-- reverse: drop index "balancesnapshot_namespace_at" from table: "balance_snapshots"
CREATE INDEX "balancesnapshot_namespace_at" ON "balance_snapshots" ("namespace", "at");
