-- revision: v20250218161614
-- down_revision: v20250218103055
-- message: openmeterio/openmeter billing_profile_fix_constraint

-- migrate:up
-- drop index "billingprofile_namespace_default" from table: "billing_profiles"
DROP INDEX "billingprofile_namespace_default";
-- create index "billingprofile_namespace_default" to table: "billing_profiles"
-- atlas:nolint MF101
CREATE UNIQUE INDEX "billingprofile_namespace_default" ON "billing_profiles" ("namespace", "default") WHERE ("default" AND (deleted_at IS NULL));

-- migrate:down
-- reverse: create index "billingprofile_namespace_default" to table: "billing_profiles"
DROP INDEX "billingprofile_namespace_default";
-- reverse: drop index "billingprofile_namespace_default" from table: "billing_profiles"
CREATE UNIQUE INDEX "billingprofile_namespace_default" ON "billing_profiles" ("namespace", "default") WHERE (deleted_at IS NULL);
