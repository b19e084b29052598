-- revision: v20210307130559000009
-- down_revision: v20210307130559000008
-- message: ory/kratos courier_message_template

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "courier_messages_status_idx" ON "_courier_messages_tmp" (status);
