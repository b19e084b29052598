-- revision: v20230309091702
-- down_revision: v20230308151627
-- message: triggerdotdev/trigger.dev add_latest_log_dates

-- migrate:up
-- AlterTable
ALTER TABLE "ProjectDeployment" ADD COLUMN     "buildLogLatestLog" TIMESTAMP(3),
ADD COLUMN     "machineLogLatestLog" TIMESTAMP(3);

-- migrate:down irreversible
