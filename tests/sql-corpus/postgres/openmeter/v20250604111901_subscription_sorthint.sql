-- revision: v20250604111901
-- down_revision: v20250527084817
-- message: openmeterio/openmeter subscription_sorthint

-- migrate:up
-- modify "subscription_phases" table
ALTER TABLE "subscription_phases" ADD COLUMN "sort_hint" smallint NULL;

-- migrate:down
-- reverse: modify "subscription_phases" table
ALTER TABLE "subscription_phases" DROP COLUMN "sort_hint";
