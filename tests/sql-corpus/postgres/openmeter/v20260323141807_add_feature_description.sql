-- revision: v20260323141807
-- down_revision: v20260323132723
-- message: openmeterio/openmeter add_feature_description

-- migrate:up
-- modify "features" table
ALTER TABLE "features" ADD COLUMN "description" character varying NULL;

-- migrate:down
-- reverse: modify "features" table
ALTER TABLE "features" DROP COLUMN "description";
