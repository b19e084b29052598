-- revision: v20230105194139
-- down_revision: v20230105180003
-- message: civitai/civitai remove_model_file_primary_field

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `primary` on the `ModelFile` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "ModelFile" DROP COLUMN "primary";

-- migrate:down irreversible
