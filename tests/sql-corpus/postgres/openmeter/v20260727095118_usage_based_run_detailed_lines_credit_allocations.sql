-- revision: v20260727095118
-- down_revision: v20260724082957
-- message: openmeterio/openmeter usage_based_run_detailed_lines_credit_allocations

-- migrate:up
-- modify "charge_usage_based_runs" table
ALTER TABLE "charge_usage_based_runs" ADD COLUMN "detailed_lines_include_credit_allocations" boolean NOT NULL DEFAULT false;

-- migrate:down
-- reverse: modify "charge_usage_based_runs" table
ALTER TABLE "charge_usage_based_runs" DROP COLUMN "detailed_lines_include_credit_allocations";
