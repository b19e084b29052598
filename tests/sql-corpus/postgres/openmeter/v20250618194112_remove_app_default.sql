-- revision: v20250618194112
-- down_revision: v20250610125104
-- message: openmeterio/openmeter remove_app_default

-- migrate:up
-- reverse: create index "app_namespace_type_is_default" to table: "apps"
DROP INDEX "app_namespace_type_is_default";
-- reverse: modify "apps" table
-- atlas:nolint DS103
ALTER TABLE "apps" DROP COLUMN "is_default";

-- migrate:down
-- reverse: modify "apps" table
ALTER TABLE "apps" ADD COLUMN "is_default" boolean NOT NULL DEFAULT false;

-- atlas:nolint MF101
-- reverse: drop index "app_namespace_type_is_default" from table: "apps"
CREATE UNIQUE INDEX "app_namespace_type_is_default" ON "apps" ("namespace", "type", "is_default") WHERE (is_default = true);
