-- revision: v20250414082312
-- down_revision: v20250411132453
-- message: openmeterio/openmeter meter_unique_key

-- migrate:up
-- create index "meter_namespace_key" to table: "meters"
-- atlas:nolint MF101
CREATE UNIQUE INDEX "meter_namespace_key" ON "meters" ("namespace", "key") WHERE (deleted_at IS NULL);

-- migrate:down
-- reverse: create index "meter_namespace_key" to table: "meters"
DROP INDEX "meter_namespace_key";
