-- revision: v20210410175418000028
-- down_revision: v20210410175418000027
-- message: ory/kratos network

-- migrate:up
ALTER TABLE selfservice_errors DROP COLUMN nid;

-- migrate:down
INSERT INTO "_courier_messages_tmp" (id, type, status, body, subject, recipient, created_at, updated_at, template_type, template_data) SELECT id, type, status, body, subject, recipient, created_at, updated_at, template_type, template_data FROM "courier_messages";
