-- revision: v20250401093027
-- down_revision: v20250401085630
-- message: openmeterio/openmeter subs_item_discounts

-- migrate:up
-- modify "subscription_items" table
ALTER TABLE "subscription_items" ADD COLUMN "discounts" jsonb NULL;

-- migrate:down
-- reverse: modify "subscription_items" table
ALTER TABLE "subscription_items" DROP COLUMN "discounts";
