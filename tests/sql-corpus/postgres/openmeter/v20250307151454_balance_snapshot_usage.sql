-- revision: v20250307151454
-- down_revision: v20250306040407
-- message: openmeterio/openmeter balance_snapshot_usage

-- migrate:up
-- modify "balance_snapshots" table
ALTER TABLE "balance_snapshots" ADD COLUMN "usage" jsonb NULL;

-- migrate:down
-- reverse: modify "balance_snapshots" table
ALTER TABLE "balance_snapshots" DROP COLUMN "usage";
