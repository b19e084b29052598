-- revision: v20251007211017
-- down_revision: v20250930191630
-- message: civitai/civitai article_status_processing
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "public"."ArticleStatus" ADD VALUE 'Processing';

-- migrate:down irreversible
