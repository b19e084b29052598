-- revision: v20221202230223
-- down_revision: v20221202220635
-- message: civitai/civitai user_link_index

-- migrate:up
/*
  Warnings:

  - Added the required column `index` to the `UserLink` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "UserLink" ADD COLUMN     "index" INTEGER NOT NULL;

-- migrate:down irreversible
