-- revision: v20260803135655
-- down_revision: v20260728160000
-- message: openmeterio/openmeter add_balance_snapshot_usage_snapshot

-- migrate:up
-- modify "balance_snapshots" table
ALTER TABLE "balance_snapshots" ADD COLUMN "usage_snapshot" jsonb NULL;

-- migrate:down
-- reverse: modify "balance_snapshots" table
ALTER TABLE "balance_snapshots" DROP COLUMN "usage_snapshot";
