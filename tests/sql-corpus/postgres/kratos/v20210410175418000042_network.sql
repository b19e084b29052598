-- revision: v20210410175418000042
-- down_revision: v20210410175418000041
-- message: ory/kratos network

-- migrate:up
UPDATE identity_credential_identifiers SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
-- empty down in the source history
