-- revision: v20230212204953
-- down_revision: v20230211012925
-- message: civitai/civitai api_key_tweaks

-- migrate:up
-- DropIndex
DROP INDEX "ApiKey_key_userId_key";

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "id" SERIAL NOT NULL,
ADD CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id");

-- migrate:down irreversible
