-- revision: v20250405193107
-- down_revision: v20250404145234
-- message: openmeterio/openmeter addon_instance_type

-- migrate:up
-- modify "addons" table
ALTER TABLE "addons" ADD COLUMN "instance_type" character varying NOT NULL DEFAULT 'single';

-- migrate:down
-- reverse: modify "addons" table
ALTER TABLE "addons" DROP COLUMN "instance_type";
