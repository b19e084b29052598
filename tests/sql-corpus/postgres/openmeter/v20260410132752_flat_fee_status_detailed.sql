-- revision: v20260410132752
-- down_revision: v20260409130630
-- message: openmeterio/openmeter flat_fee_status_detailed

-- migrate:up
-- modify "charge_flat_fees" table
ALTER TABLE "charge_flat_fees" ADD COLUMN "status_detailed" character varying NULL;
UPDATE "charge_flat_fees" SET "status_detailed" = "status";
-- atlas:nolint MF104
ALTER TABLE "charge_flat_fees" ALTER COLUMN "status_detailed" SET NOT NULL;

-- migrate:down
-- reverse: modify "charge_flat_fees" table
ALTER TABLE "charge_flat_fees" DROP COLUMN "status_detailed";
