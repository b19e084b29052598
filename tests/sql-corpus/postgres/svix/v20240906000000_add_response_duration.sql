-- revision: v20240906000000
-- down_revision: v20240806212329
-- message: svix/svix-webhooks add_response_duration

-- migrate:up
-- Add response_duration_ms column to messageattempt table
ALTER TABLE messageattempt ADD COLUMN response_duration_ms BIGINT NOT NULL DEFAULT 0;

-- migrate:down
-- Remove response_duration_ms column from messageattempt table
ALTER TABLE messageattempt DROP COLUMN response_duration_ms;
