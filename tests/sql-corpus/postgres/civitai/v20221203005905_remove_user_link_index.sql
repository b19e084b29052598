-- revision: v20221203005905
-- down_revision: v20221202230448
-- message: civitai/civitai remove_user_link_index

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `index` on the `UserLink` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "UserLink" DROP COLUMN "index";

-- migrate:down irreversible
