-- revision: v20230306121727
-- down_revision: v20230306115630
-- message: triggerdotdev/trigger.dev added_vm_stuff_to_projects

-- migrate:up
-- AlterTable
ALTER TABLE "ProjectDeployment" ADD COLUMN     "vmIdentifier" TEXT;

-- AlterTable
ALTER TABLE "RepositoryProject" ADD COLUMN     "currentVMIdentifier" TEXT;

-- migrate:down irreversible
