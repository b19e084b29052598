-- revision: v20250909214223
-- down_revision: v20250905195339
-- message: svix/svix-webhooks messageattempt_endp_idx

-- migrate:up
CREATE INDEX IF NOT EXISTS messageattempt_per_endp_unified ON messageattempt (endp_id, status, id DESC) INCLUDE (response_status_code);

-- migrate:down
DROP INDEX IF EXISTS messageattempt_per_endp_unified;
