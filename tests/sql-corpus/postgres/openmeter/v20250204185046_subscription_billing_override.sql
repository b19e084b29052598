-- revision: v20250204185046
-- down_revision: v20250204184648
-- message: openmeterio/openmeter subscription_billing_override

-- migrate:up
-- modify "subscription_items" table
ALTER TABLE "subscription_items" ADD COLUMN "restarts_billing_period" boolean NULL;

-- migrate:down
-- reverse: modify "subscription_items" table
ALTER TABLE "subscription_items" DROP COLUMN "restarts_billing_period";
