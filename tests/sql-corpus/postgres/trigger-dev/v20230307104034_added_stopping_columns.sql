-- revision: v20230307104034
-- down_revision: v20230307094704
-- message: triggerdotdev/trigger.dev added_stopping_columns

-- migrate:up
-- AlterEnum
ALTER TYPE "ProjectDeploymentStatus" ADD VALUE 'STOPPED';

-- AlterTable
ALTER TABLE "ProjectDeployment" ADD COLUMN     "stoppedAt" TIMESTAMP(3);

-- migrate:down irreversible
