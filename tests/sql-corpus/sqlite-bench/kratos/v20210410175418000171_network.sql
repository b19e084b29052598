-- revision: v20210410175418000171
-- down_revision: v20210410175418000170
-- message: ory/kratos network

-- migrate:up
ALTER TABLE sessions ADD COLUMN nid CHAR(36) NULL REFERENCES networks(id) ON DELETE CASCADE ON UPDATE RESTRICT;

-- migrate:down
-- empty down in the source history
