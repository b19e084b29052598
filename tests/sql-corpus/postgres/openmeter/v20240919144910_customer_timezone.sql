-- revision: v20240919144910
-- down_revision: v20240918204720
-- message: openmeterio/openmeter customer_timezone

-- migrate:up
-- modify "customers" table
ALTER TABLE "customers" ADD COLUMN "timezone" character varying NULL;

-- migrate:down
-- reverse: modify "customers" table
ALTER TABLE "customers" DROP COLUMN "timezone";
