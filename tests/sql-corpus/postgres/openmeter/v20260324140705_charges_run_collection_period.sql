-- revision: v20260324140705
-- down_revision: v20260323141807
-- message: openmeterio/openmeter charges_run_collection_period

-- migrate:up
-- modify "charge_usage_based_runs" table
-- atlas:nolint MF103
ALTER TABLE "charge_usage_based_runs" ADD COLUMN "collection_end" timestamptz NOT NULL;

-- migrate:down
-- reverse: modify "charge_usage_based_runs" table
ALTER TABLE "charge_usage_based_runs" DROP COLUMN "collection_end";
