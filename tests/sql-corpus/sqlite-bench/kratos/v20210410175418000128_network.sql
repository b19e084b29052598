-- revision: v20210410175418000128
-- down_revision: v20210410175418000127
-- message: ory/kratos network

-- migrate:up
ALTER TABLE selfservice_verification_flows ADD COLUMN nid CHAR(36) NULL REFERENCES networks(id) ON DELETE CASCADE ON UPDATE RESTRICT;

-- migrate:down
-- empty down in the source history
