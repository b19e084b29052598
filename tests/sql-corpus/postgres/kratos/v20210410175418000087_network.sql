-- revision: v20210410175418000087
-- down_revision: v20210410175418000086
-- message: ory/kratos network

-- migrate:up
UPDATE sessions SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
-- empty down in the source history
