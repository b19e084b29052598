-- revision: v20251017200000
-- down_revision: v20251017171807
-- message: civitai/civitai drop_post_stat_view

-- migrate:up
-- Drop PostStat view (no longer used - replaced by postStatCache)
-- Stats are now fetched from PostMetric table via Redis cache for better performance
DROP VIEW IF EXISTS "PostStat";

-- migrate:down irreversible
