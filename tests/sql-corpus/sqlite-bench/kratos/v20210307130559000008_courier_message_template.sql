-- revision: v20210307130559000008
-- down_revision: v20210307130559000007
-- message: ory/kratos courier_message_template

-- migrate:up
-- empty up in the source history

-- migrate:down
INSERT INTO "_courier_messages_tmp" (id, type, status, body, subject, recipient, created_at, updated_at, template_data) SELECT id, type, status, body, subject, recipient, created_at, updated_at, template_data FROM "courier_messages";
