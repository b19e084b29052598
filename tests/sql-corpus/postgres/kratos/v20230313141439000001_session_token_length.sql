-- revision: v20230313141439000001
-- down_revision: v20230313141439000000
-- message: ory/kratos session_token_length

-- migrate:up
--

-- migrate:down
UPDATE sessions SET token = LEFT(token, 32) WHERE TRUE;
UPDATE sessions SET logout_token = LEFT(logout_token, 32) WHERE TRUE;
