-- revision: v20250614053144
-- down_revision: v20250606212859
-- message: civitai/civitai remove_article_cover_id_fkey

-- migrate:up
-- BEGIN; (the revision's own transaction)
CREATE INDEX "Image_blocked_idx" ON "Image" ("ingestion", "blockedFor") WHERE "ingestion" = 'Blocked' AND "blockedFor" != 'AiNotVerified';
-- COMMIT; (the revision's own transaction)

-- BEGIN; (the revision's own transaction)
-- DropForeignKey
ALTER TABLE "Article" DROP CONSTRAINT "Article_coverId_fkey";
-- COMMIT; (the revision's own transaction)

-- migrate:down irreversible
