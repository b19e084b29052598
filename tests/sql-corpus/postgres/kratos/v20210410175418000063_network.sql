-- revision: v20210410175418000063
-- down_revision: v20210410175418000062
-- message: ory/kratos network

-- migrate:up
UPDATE identity_recovery_tokens SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
-- empty down in the source history
