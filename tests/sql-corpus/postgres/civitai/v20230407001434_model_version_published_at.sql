-- revision: v20230407001434
-- down_revision: v20230405222519
-- message: civitai/civitai model_version_published_at

-- migrate:up
-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- migrate:down irreversible
