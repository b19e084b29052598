-- revision: v20210410175418000068
-- down_revision: v20210410175418000067
-- message: ory/kratos network

-- migrate:up
UPDATE selfservice_verification_flows SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
-- empty down in the source history
