-- revision: v20210307130559000011
-- down_revision: v20210307130559000010
-- message: ory/kratos courier_message_template

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "courier_messages_status_idx";
