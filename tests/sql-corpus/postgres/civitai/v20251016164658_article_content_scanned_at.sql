-- revision: v20251016164658
-- down_revision: v20251007211017
-- message: civitai/civitai article_content_scanned_at

-- migrate:up
-- AlterTable
ALTER TABLE "public"."Article" ADD COLUMN     "contentScannedAt" TIMESTAMP(3);

-- migrate:down irreversible
