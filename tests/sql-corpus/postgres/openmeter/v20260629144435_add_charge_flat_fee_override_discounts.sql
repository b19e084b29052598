-- revision: v20260629144435
-- down_revision: v20260629113257
-- message: openmeterio/openmeter add_charge_flat_fee_override_discounts

-- migrate:up
-- modify "charge_flat_fee_overrides" table
ALTER TABLE "charge_flat_fee_overrides" ADD COLUMN "discounts" jsonb NULL;

-- migrate:down
-- reverse: modify "charge_flat_fee_overrides" table
ALTER TABLE "charge_flat_fee_overrides" DROP COLUMN "discounts";
