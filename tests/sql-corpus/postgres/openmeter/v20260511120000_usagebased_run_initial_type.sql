-- revision: v20260511120000
-- down_revision: v20260508124235
-- message: openmeterio/openmeter usagebased_run_initial_type

-- migrate:up
-- add initial realization run type and backfill it from the current type
ALTER TABLE "charge_usage_based_runs" ADD COLUMN "initial_type" character varying NULL;
UPDATE "charge_usage_based_runs" SET "initial_type" = "type" WHERE "initial_type" IS NULL;
ALTER TABLE "charge_usage_based_runs" ALTER COLUMN "initial_type" SET NOT NULL;

-- migrate:down
-- remove initial realization run type
ALTER TABLE "charge_usage_based_runs" DROP COLUMN "initial_type";
