-- revision: v20260513083018
-- down_revision: v20260513072457
-- message: openmeterio/openmeter add_flat_fee_run_immutable

-- migrate:up
-- modify "charge_flat_fee_runs" table
ALTER TABLE "charge_flat_fee_runs" ADD COLUMN "immutable" boolean NULL;

UPDATE "charge_flat_fee_runs"
SET "immutable" = false
WHERE "immutable" IS NULL;

ALTER TABLE "charge_flat_fee_runs" ALTER COLUMN "immutable" SET NOT NULL;

-- migrate:down
-- reverse: modify "charge_flat_fee_runs" table
ALTER TABLE "charge_flat_fee_runs" DROP COLUMN "immutable";
