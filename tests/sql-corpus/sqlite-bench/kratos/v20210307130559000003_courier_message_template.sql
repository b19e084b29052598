-- revision: v20210307130559000003
-- down_revision: v20210307130559000002
-- message: ory/kratos courier_message_template

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "courier_messages_status_idx" ON "_courier_messages_tmp" (status);
