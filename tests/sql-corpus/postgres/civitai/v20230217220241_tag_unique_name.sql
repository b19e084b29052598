-- revision: v20230217220241
-- down_revision: v20230217213122
-- message: civitai/civitai tag_unique_name

-- migrate:up
/*
  Warnings:

  - A unique constraint covering the columns `[name]` on the table `Tag` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "Tag_name_target_key";

-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

-- migrate:down irreversible
