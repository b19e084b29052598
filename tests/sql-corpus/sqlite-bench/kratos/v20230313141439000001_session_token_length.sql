-- revision: v20230313141439000001
-- down_revision: v20230313141439000000
-- message: ory/kratos session_token_length

-- migrate:up
--

-- migrate:down
UPDATE sessions SET token = substr(token, 0, 32) WHERE TRUE;
UPDATE sessions SET logout_token = substr(logout_token, 0, 32) WHERE TRUE;
