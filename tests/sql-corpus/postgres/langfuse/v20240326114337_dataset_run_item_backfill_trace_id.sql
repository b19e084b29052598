-- revision: v20240326114337
-- down_revision: v20240326114211
-- message: langfuse/langfuse dataset_run_item_backfill_trace_id

-- migrate:up
-- Backfill trace_id for existing run_items based on the linked observation
UPDATE dataset_run_items
SET trace_id = observations.trace_id
FROM observations 
WHERE dataset_run_items.observation_id = observations.id;

-- migrate:down irreversible
