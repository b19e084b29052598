-- revision: v20230414200229
-- down_revision: v20230411234137
-- message: civitai/civitai model_modifier

-- migrate:up
-- CreateEnum
CREATE TYPE "ModelModifier" AS ENUM ('Archived', 'TakenDown');

-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "mode" "ModelModifier";

-- migrate:down irreversible
