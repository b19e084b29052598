-- revision: v20241017135535
-- down_revision: v20241017090045
-- message: openmeterio/openmeter entitlement_scheduling

-- migrate:up
-- modify "entitlements" table
ALTER TABLE "entitlements" ADD COLUMN "active_from" timestamptz NULL, ADD COLUMN "active_to" timestamptz NULL;

-- migrate:down
-- reverse: modify "entitlements" table
ALTER TABLE "entitlements" DROP COLUMN "active_to", DROP COLUMN "active_from";
