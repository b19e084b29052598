-- revision: v20250417145207
-- down_revision: v20250416191201
-- message: openmeterio/openmeter app_custominvoicing

-- migrate:up
-- create index "appcustominvoicing_namespace_id" to table: "app_custom_invoicings"
-- atlas:nolint MF101
CREATE UNIQUE INDEX "appcustominvoicing_namespace_id" ON "app_custom_invoicings" ("namespace", "id");

-- migrate:down
-- reverse: create index "appcustominvoicing_namespace_id" to table: "app_custom_invoicings"
DROP INDEX "appcustominvoicing_namespace_id";
