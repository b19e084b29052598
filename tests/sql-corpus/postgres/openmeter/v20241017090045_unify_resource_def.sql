-- revision: v20241017090045
-- down_revision: v20241013151355
-- message: openmeterio/openmeter unify_resource_def

-- migrate:up
-- modify "apps" table
ALTER TABLE "apps" ALTER COLUMN "description" DROP NOT NULL;
-- modify "billing_profiles" table
-- atlas:nolint MF103
ALTER TABLE "billing_profiles" ADD COLUMN "name" character varying NOT NULL, ADD COLUMN "description" character varying NULL;
-- modify "customers" table
ALTER TABLE "customers" ADD COLUMN "description" character varying NULL;

-- migrate:down
-- reverse: modify "customers" table
ALTER TABLE "customers" DROP COLUMN "description";
-- reverse: modify "billing_profiles" table
ALTER TABLE "billing_profiles" DROP COLUMN "description", DROP COLUMN "name";
-- reverse: modify "apps" table
ALTER TABLE "apps" ALTER COLUMN "description" SET NOT NULL;
