-- revision: v20250325124631
-- down_revision: v20250325115141
-- message: openmeterio/openmeter remove_subscription_managed_flag

-- migrate:up
-- modify "entitlements" table
ALTER TABLE "entitlements" DROP COLUMN "subscription_managed";

-- migrate:down
-- reverse: modify "entitlements" table
ALTER TABLE "entitlements" ADD COLUMN "subscription_managed" boolean NULL;
