-- revision: v20210618103120000001
-- down_revision: v20210618103120000000
-- message: ory/kratos logout_token

-- migrate:up
UPDATE sessions SET logout_token = token;

-- migrate:down
-- empty down in the source history
