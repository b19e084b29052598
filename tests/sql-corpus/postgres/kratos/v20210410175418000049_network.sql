-- revision: v20210410175418000049
-- down_revision: v20210410175418000048
-- message: ory/kratos network

-- migrate:up
UPDATE selfservice_recovery_flows SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
-- empty down in the source history
