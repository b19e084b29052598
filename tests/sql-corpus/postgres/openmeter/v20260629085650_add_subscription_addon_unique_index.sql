-- revision: v20260629085650
-- down_revision: v20260625202530
-- message: openmeterio/openmeter add_subscription_addon_unique_index

-- migrate:up
-- create index "subscriptionaddon_namespace_subscription_id_addon_id" to table: "subscription_addons"
-- atlas:nolint MF101
CREATE UNIQUE INDEX "subscriptionaddon_namespace_subscription_id_addon_id" ON "subscription_addons" ("namespace", "subscription_id", "addon_id") WHERE (deleted_at IS NULL);

-- migrate:down
-- reverse: create index "subscriptionaddon_namespace_subscription_id_addon_id" to table: "subscription_addons"
DROP INDEX "subscriptionaddon_namespace_subscription_id_addon_id";
