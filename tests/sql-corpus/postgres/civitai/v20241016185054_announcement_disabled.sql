-- revision: v20241016185054
-- down_revision: v20241016175736
-- message: civitai/civitai announcement_disabled

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `enabled` on the `Announcement` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "Announcement" DROP COLUMN "enabled",
ADD COLUMN     "disabled" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
