-- revision: v20210410175418000170
-- down_revision: v20210410175418000169
-- message: ory/kratos network

-- migrate:up
ALTER TABLE sessions DROP COLUMN nid;

-- migrate:down
-- empty down in the source history
