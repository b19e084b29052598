-- revision: v20250401085630
-- down_revision: v20250331141703
-- message: openmeterio/openmeter plan_discount_nillable

-- migrate:up
-- modify "plan_phases" table
ALTER TABLE "plan_phases" DROP COLUMN "discounts";

-- migrate:down
-- reverse: modify "plan_phases" table
ALTER TABLE "plan_phases" ADD COLUMN "discounts" jsonb NULL;
