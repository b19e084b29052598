-- revision: v20210410175418000052
-- down_revision: v20210410175418000051
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_courier_messages_tmp" (id, type, status, body, subject, recipient, created_at, updated_at, template_type, template_data, nid) SELECT id, type, status, body, subject, recipient, created_at, updated_at, template_type, template_data, nid FROM "courier_messages";

-- migrate:down
DROP INDEX IF EXISTS "identity_credential_identifiers_nid_idx";
