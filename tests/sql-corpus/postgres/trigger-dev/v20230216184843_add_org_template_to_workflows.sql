-- revision: v20230216184843
-- down_revision: v20230216132133
-- message: triggerdotdev/trigger.dev add_org_template_to_workflows

-- migrate:up
-- AlterTable
ALTER TABLE "Workflow" ADD COLUMN     "organizationTemplateId" TEXT;

-- AddForeignKey
ALTER TABLE "Workflow" ADD CONSTRAINT "Workflow_organizationTemplateId_fkey" FOREIGN KEY ("organizationTemplateId") REFERENCES "OrganizationTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down irreversible
