-- revision: v20220428190104
-- down_revision: v20220218061228
-- message: svix/svix-webhooks message_expiration

-- migrate:up
ALTER TABLE message ADD COLUMN expiration timestamp with time zone NOT NULL DEFAULT now() + INTERVAL '90 day';
ALTER TABLE message ALTER COLUMN payload DROP NOT NULL;
CREATE INDEX message_payload_not_null_pidx ON message (expiration) WHERE payload IS NOT NULL;

-- migrate:down
ALTER TABLE message DROP COLUMN expiration;
ALTER TABLE message ALTER COLUMN payload SET NOT NULL;
DROP INDEX message_payload_not_null_pidx;
