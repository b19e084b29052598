-- revision: v20191100000011000001
-- down_revision: v20191100000011000000
-- message: ory/kratos courier_body_type

-- migrate:up
INSERT INTO "_courier_messages_tmp" (id, type, status, body, subject, recipient, created_at, updated_at) SELECT id, type, status, body, subject, recipient, created_at, updated_at FROM "courier_messages";

-- migrate:down
-- empty down in the source history
