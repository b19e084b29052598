-- revision: v20241024204631
-- down_revision: v20241018200359
-- message: civitai/civitai article_status_column

-- migrate:up
-- BEGIN; (the revision's own transaction)
-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('Draft', 'Published', 'Unpublished');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "status" "ArticleStatus" NOT NULL DEFAULT 'Draft';

UPDATE "Article"
SET "status" = CASE
  WHEN "publishedAt" IS NOT NULL
    THEN 'Published'::"ArticleStatus"
  ELSE 'Draft'::"ArticleStatus" END;
-- END; (the revision's own transaction)

-- migrate:down irreversible
