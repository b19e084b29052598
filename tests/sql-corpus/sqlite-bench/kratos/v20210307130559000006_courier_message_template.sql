-- revision: v20210307130559000006
-- down_revision: v20210307130559000005
-- message: ory/kratos courier_message_template

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "_courier_messages_tmp" RENAME TO "courier_messages";
