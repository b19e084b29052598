-- revision: v20220218061228
-- down_revision: v20220125145204
-- message: svix/svix-webhooks endpoint_headers

-- migrate:up
ALTER TABLE endpoint ADD COLUMN headers jsonb;

-- migrate:down
ALTER TABLE endpoint DROP COLUMN headers;
