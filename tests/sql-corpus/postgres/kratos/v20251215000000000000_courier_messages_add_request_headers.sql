-- revision: v20251215000000000000
-- down_revision: v20251105000000000004
-- message: ory/kratos courier_messages_add_request_headers

-- migrate:up
ALTER TABLE courier_messages
    ADD COLUMN IF NOT EXISTS request_headers JSONB;

-- migrate:down
ALTER TABLE courier_messages DROP COLUMN IF EXISTS request_headers;
