-- revision: v20260106184018
-- down_revision: v20251230114920
-- message: openmeterio/openmeter balance_worker_idx_improvements

-- migrate:up
-- create index "customer_namespace_key_deleted_at" to table: "customers"
CREATE INDEX "customer_namespace_key_deleted_at" ON "customers" ("namespace", "key", "deleted_at");
-- create index "feature_namespace_meter_slug" to table: "features"
CREATE INDEX "feature_namespace_meter_slug" ON "features" ("namespace", "meter_slug") WHERE (archived_at IS NULL);

-- migrate:down
-- reverse: create index "feature_namespace_meter_slug" to table: "features"
DROP INDEX "feature_namespace_meter_slug";
-- reverse: create index "customer_namespace_key_deleted_at" to table: "customers"
DROP INDEX "customer_namespace_key_deleted_at";
