-- revision: v20210410175418000088
-- down_revision: v20210410175418000087
-- message: ory/kratos network

-- migrate:up
ALTER TABLE selfservice_recovery_flows DROP COLUMN nid;

-- migrate:down
-- empty down in the source history
