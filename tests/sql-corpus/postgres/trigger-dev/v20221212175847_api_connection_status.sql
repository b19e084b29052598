-- revision: v20221212175847
-- down_revision: v20221212171032
-- message: triggerdotdev/trigger.dev api_connection_status

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `externalId` on the `APIConnection` table. All the data in the column will be lost.

*/
-- CreateEnum
CREATE TYPE "APIConnectionStatus" AS ENUM ('CREATED', 'CONNECTED');

-- AlterTable
ALTER TABLE "APIConnection" DROP COLUMN "externalId",
ADD COLUMN     "status" "APIConnectionStatus" NOT NULL DEFAULT 'CREATED';

-- migrate:down irreversible
