-- revision: v20210410175418000054
-- down_revision: v20210410175418000053
-- message: ory/kratos network

-- migrate:up
UPDATE identity_recovery_addresses SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
-- empty down in the source history
