-- revision: v20210410175418000082
-- down_revision: v20210410175418000081
-- message: ory/kratos network

-- migrate:up
UPDATE identity_verification_tokens SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
-- empty down in the source history
