-- revision: v20230306115630
-- down_revision: v20230306114828
-- message: triggerdotdev/trigger.dev added_build_duration_to_deployments

-- migrate:up
-- AlterTable
ALTER TABLE "ProjectDeployment" ADD COLUMN     "buildDuration" INTEGER;

-- migrate:down irreversible
