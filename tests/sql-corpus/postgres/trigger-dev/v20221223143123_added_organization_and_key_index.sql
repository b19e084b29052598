-- revision: v20221223143123
-- down_revision: v20221223142352
-- message: triggerdotdev/trigger.dev added_organization_and_key_index

-- migrate:up
/*
  Warnings:

  - A unique constraint covering the columns `[organizationId,key]` on the table `ExternalSource` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE UNIQUE INDEX "ExternalSource_organizationId_key_key" ON "ExternalSource"("organizationId", "key");

-- migrate:down irreversible
