-- revision: v20250219230130b
-- down_revision: v20250219230130
-- message: civitai/civitai post_metric_index_age_group
-- transactional: false

-- migrate:up
CREATE INDEX CONCURRENTLY "PostMetric_postId_ageGroup" ON "PostMetric" ("postId", "ageGroup");

-- migrate:down irreversible
