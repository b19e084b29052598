-- revision: v20240123173456
-- down_revision: v20240121232802
-- message: civitai/civitai article_cover_id

-- migrate:up


-- AlterTable
ALTER TABLE "Article" ADD COLUMN IF NOT EXISTS     "coverId" INTEGER;
ALTER TABLE "Article" ALTER COLUMN cover DROP NOT NULL;

delete from "Article" where cover like 'blob%'

-- migrate:down irreversible
