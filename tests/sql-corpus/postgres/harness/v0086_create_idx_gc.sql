-- revision: v0086
-- down_revision: v0085
-- message: harness/harness create_idx_gc

-- migrate:up
CREATE INDEX IF NOT EXISTS index_gc_manifest_review_queue2 
ON gc_manifest_review_queue (registry_id, manifest_id, review_after);

-- migrate:down
DROP INDEX IF EXISTS index_gc_manifest_review_queue2;
