-- revision: v20241108055754
-- down_revision: v20241105171821
-- message: openmeterio/openmeter plan

-- migrate:up
-- drop index "plan_namespace_key_version" from table: "plans"
DROP INDEX "plan_namespace_key_version";
-- create index "plan_namespace_key_version_deleted_at" to table: "plans"
-- atlas:nolint
CREATE UNIQUE INDEX "plan_namespace_key_version_deleted_at" ON "plans" ("namespace", "key", "version", "deleted_at");

-- migrate:down
-- reverse: create index "plan_namespace_key_version_deleted_at" to table: "plans"
DROP INDEX "plan_namespace_key_version_deleted_at";
-- reverse: drop index "plan_namespace_key_version" from table: "plans"
CREATE UNIQUE INDEX "plan_namespace_key_version" ON "plans" ("namespace", "key", "version");
