-- revision: v20250327123818
-- down_revision: v20250325124631
-- message: openmeterio/openmeter entitlement_cursor

-- migrate:up
-- create index "entitlement_created_at_id" to table: "entitlements"
-- atlas:nolint
CREATE UNIQUE INDEX "entitlement_created_at_id" ON "entitlements" ("created_at", "id");

-- migrate:down
-- reverse: create index "entitlement_created_at_id" to table: "entitlements"
DROP INDEX "entitlement_created_at_id";
