-- revision: v20221202170057
-- down_revision: v20221129201529
-- message: civitai/civitai model_file_format

-- migrate:up
-- CreateEnum
CREATE TYPE "ModelFileFormat" AS ENUM ('PickleTensor', 'SafeTensor');

-- AlterTable
ALTER TABLE "ModelFile" ADD COLUMN     "format" "ModelFileFormat";

UPDATE "ModelFile" SET "format" = 'PickleTensor' WHERE "type" = 'Model'

-- migrate:down irreversible
