-- revision: v20230306132935
-- down_revision: v20230306132827
-- message: triggerdotdev/trigger.dev make_build_id_unique

-- migrate:up
/*
  Warnings:

  - A unique constraint covering the columns `[buildId]` on the table `ProjectDeployment` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE UNIQUE INDEX "ProjectDeployment_buildId_key" ON "ProjectDeployment"("buildId");

-- migrate:down irreversible
