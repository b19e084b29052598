-- revision: v20230213113228
-- down_revision: v20230210175708
-- message: triggerdotdev/trigger.dev add_status_to_org_template

-- migrate:up
-- CreateEnum
CREATE TYPE "OrganizationTemplateStatus" AS ENUM ('PENDING', 'CREATED', 'READY_TO_DEPLOY', 'DEPLOYED', 'READY_TO_TEST', 'READY_TO_RUN');

-- AlterTable
ALTER TABLE "OrganizationTemplate" ADD COLUMN     "status" "OrganizationTemplateStatus" NOT NULL DEFAULT 'PENDING';

-- migrate:down irreversible
