-- revision: v20210410175418000061
-- down_revision: v20210410175418000060
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_identities_tmp" (id, schema_id, traits, created_at, updated_at, nid) SELECT id, schema_id, traits, created_at, updated_at, nid FROM "identities";

-- migrate:down
DROP INDEX IF EXISTS "selfservice_registration_flows_nid_idx";
