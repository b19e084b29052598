-- revision: v20251023195848
-- down_revision: v20251020155046
-- message: civitai/civitai add_article_unpublished_violation
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "ArticleStatus" ADD VALUE 'UnpublishedViolation';
 

-- migrate:down irreversible
