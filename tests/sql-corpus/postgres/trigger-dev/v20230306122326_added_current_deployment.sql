-- revision: v20230306122326
-- down_revision: v20230306121727
-- message: triggerdotdev/trigger.dev added_current_deployment

-- migrate:up
-- AlterTable
ALTER TABLE "RepositoryProject" ADD COLUMN     "currentDeploymentId" TEXT;

-- AddForeignKey
ALTER TABLE "RepositoryProject" ADD CONSTRAINT "RepositoryProject_currentDeploymentId_fkey" FOREIGN KEY ("currentDeploymentId") REFERENCES "ProjectDeployment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down irreversible
