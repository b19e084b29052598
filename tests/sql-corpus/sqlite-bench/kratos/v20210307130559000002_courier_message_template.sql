-- revision: v20210307130559000002
-- down_revision: v20210307130559000001
-- message: ory/kratos courier_message_template

-- migrate:up
-- empty up in the source history

-- migrate:down
INSERT INTO "_courier_messages_tmp" (id, type, status, body, subject, recipient, created_at, updated_at) SELECT id, type, status, body, subject, recipient, created_at, updated_at FROM "courier_messages";
