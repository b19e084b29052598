-- revision: v20230306150053
-- down_revision: v20230306140931
-- message: triggerdotdev/trigger.dev added_projects_to_workflows

-- migrate:up
-- AlterTable
ALTER TABLE "Workflow" ADD COLUMN     "repositoryProjectId" TEXT;

-- AddForeignKey
ALTER TABLE "Workflow" ADD CONSTRAINT "Workflow_repositoryProjectId_fkey" FOREIGN KEY ("repositoryProjectId") REFERENCES "RepositoryProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down irreversible
