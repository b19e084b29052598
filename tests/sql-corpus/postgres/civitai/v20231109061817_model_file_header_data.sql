-- revision: v20231109061817
-- down_revision: v20231103152012
-- message: civitai/civitai model_file_header_data
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "ModelHashType" ADD VALUE 'AutoV3';

-- AlterTable
ALTER TABLE "ModelFile" ADD COLUMN     "headerData" JSONB;

-- migrate:down irreversible
