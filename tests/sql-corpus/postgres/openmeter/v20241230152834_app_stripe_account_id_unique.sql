-- revision: v20241230152834
-- down_revision: v20241219213036
-- message: openmeterio/openmeter app_stripe_account_id_unique

-- migrate:up
-- atlas:nolint MF101
-- create index "appstripe_namespace_stripe_account_id_stripe_livemode" to table: "app_stripes"
CREATE UNIQUE INDEX "appstripe_namespace_stripe_account_id_stripe_livemode" ON "app_stripes" ("namespace", "stripe_account_id", "stripe_livemode");

-- migrate:down
-- reverse: create index "appstripe_namespace_stripe_account_id_stripe_livemode" to table: "app_stripes"
DROP INDEX "appstripe_namespace_stripe_account_id_stripe_livemode";
