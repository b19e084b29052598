-- revision: v20240903155435
-- down_revision: v20240826120919
-- message: openmeterio/openmeter entitlement_expired_index

-- migrate:up
-- create index "entitlement_current_usage_period_end_deleted_at" to table: "entitlements"
CREATE INDEX "entitlement_current_usage_period_end_deleted_at" ON "entitlements" ("current_usage_period_end", "deleted_at");

-- migrate:down
-- reverse: create index "entitlement_current_usage_period_end_deleted_at" to table: "entitlements"
DROP INDEX "entitlement_current_usage_period_end_deleted_at";
