-- revision: v20240524156058
-- down_revision: v20240524154058
-- message: langfuse/langfuse scores_source_backfill_annotation_for_review

-- migrate:up
-- Backfill the scores source for 'REVIEW' to be 'ANNOTATION'
UPDATE "scores"
SET "source" = 'ANNOTATION'::"ScoreSource"
WHERE "source" = 'REVIEW'::"ScoreSource";

-- migrate:down irreversible
