-- revision: v20230306140931
-- down_revision: v20230306132935
-- message: triggerdotdev/trigger.dev added_back_in_docker_columns

-- migrate:up
/*
  Warnings:

  - Added the required column `dockerIgnore` to the `ProjectDeployment` table without a default value. This is not possible if the table is not empty.
  - Added the required column `dockerfile` to the `ProjectDeployment` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "ProjectDeployment" ADD COLUMN     "dockerIgnore" TEXT NOT NULL,
ADD COLUMN     "dockerfile" TEXT NOT NULL;

-- migrate:down irreversible
