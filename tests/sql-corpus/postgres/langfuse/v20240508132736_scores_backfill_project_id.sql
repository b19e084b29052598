-- revision: v20240508132736
-- down_revision: v20240508132735
-- message: langfuse/langfuse scores_backfill_project_id

-- migrate:up
-- Backfill project_id on existing scores based on linked trace_id
UPDATE scores
SET project_id = traces.project_id
FROM traces 
WHERE scores.trace_id = traces.id AND scores.project_id IS NULL;

-- migrate:down irreversible
