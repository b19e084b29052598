-- revision: v20260707142444
-- down_revision: v20260703084504
-- message: openmeterio/openmeter om_399_subscription_unit_config

-- migrate:up
-- modify "subscription_items" table
ALTER TABLE "subscription_items" ADD COLUMN "unit_config" jsonb NULL;

-- migrate:down
-- reverse: modify "subscription_items" table
ALTER TABLE "subscription_items" DROP COLUMN "unit_config";
