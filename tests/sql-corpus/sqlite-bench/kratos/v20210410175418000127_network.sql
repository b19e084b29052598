-- revision: v20210410175418000127
-- down_revision: v20210410175418000126
-- message: ory/kratos network

-- migrate:up
ALTER TABLE selfservice_verification_flows DROP COLUMN nid;

-- migrate:down
-- empty down in the source history
