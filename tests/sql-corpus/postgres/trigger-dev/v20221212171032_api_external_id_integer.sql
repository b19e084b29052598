-- revision: v20221212171032
-- down_revision: v20221212134846
-- message: triggerdotdev/trigger.dev api_external_id_integer

-- migrate:up
/*
  Warnings:

  - The `externalId` column on the `APIConnection` table would be dropped and recreated. This will lead to data loss if there is data in the column.

*/
-- AlterTable
ALTER TABLE "APIConnection" DROP COLUMN "externalId",
ADD COLUMN     "externalId" INTEGER;

-- migrate:down irreversible
