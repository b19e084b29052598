-- revision: v20240307185725
-- down_revision: v20240307185544
-- message: langfuse/langfuse backfill_score_source

-- migrate:up
-- scores previously created in the Langfuse UI all had the name 'manual-score'
UPDATE "scores"
SET "source" = 'REVIEW'::"ScoreSource"
WHERE "name" = 'manual-score';

-- migrate:down irreversible
