-- revision: v20230210150029
-- down_revision: v20230210142709
-- message: triggerdotdev/trigger.dev add_repo_data_to_org_templates

-- migrate:up
/*
  Warnings:

  - Added the required column `repositoryData` to the `OrganizationTemplate` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "OrganizationTemplate" ADD COLUMN     "repositoryData" JSONB NOT NULL;

-- migrate:down irreversible
