-- revision: v20210410175418000073
-- down_revision: v20210410175418000072
-- message: ory/kratos network

-- migrate:up
UPDATE identity_verifiable_addresses SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
-- empty down in the source history
