-- revision: v20210410175418000089
-- down_revision: v20210410175418000088
-- message: ory/kratos network

-- migrate:up
ALTER TABLE selfservice_recovery_flows ADD COLUMN nid CHAR(36) NULL REFERENCES networks(id) ON DELETE CASCADE ON UPDATE RESTRICT;

-- migrate:down
-- empty down in the source history
