-- revision: v20250917164459
-- down_revision: v20250903214317
-- message: civitai/civitai spine_rating
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "public"."TagSource" ADD VALUE 'SpineRating';

-- migrate:down irreversible
