-- revision: v20250331141703
-- down_revision: v20250327123818
-- message: openmeterio/openmeter plan_rc_discounts

-- migrate:up
-- modify "plan_rate_cards" table
ALTER TABLE "plan_rate_cards" ADD COLUMN "discounts" jsonb NULL;

-- migrate:down
-- reverse: modify "plan_rate_cards" table
ALTER TABLE "plan_rate_cards" DROP COLUMN "discounts";
