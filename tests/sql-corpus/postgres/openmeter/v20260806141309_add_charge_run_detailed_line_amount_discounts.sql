-- revision: v20260806141309
-- down_revision: v20260806133101
-- message: openmeterio/openmeter add_charge_run_detailed_line_amount_discounts

-- migrate:up
-- modify "charge_flat_fee_run_detailed_lines" table
ALTER TABLE "charge_flat_fee_run_detailed_lines" ADD COLUMN "amount_discounts" jsonb NULL;
-- modify "charge_usage_based_run_detailed_line" table
ALTER TABLE "charge_usage_based_run_detailed_line" ADD COLUMN "amount_discounts" jsonb NULL;

-- migrate:down
-- reverse: modify "charge_usage_based_run_detailed_line" table
ALTER TABLE "charge_usage_based_run_detailed_line" DROP COLUMN "amount_discounts";
-- reverse: modify "charge_flat_fee_run_detailed_lines" table
ALTER TABLE "charge_flat_fee_run_detailed_lines" DROP COLUMN "amount_discounts";
