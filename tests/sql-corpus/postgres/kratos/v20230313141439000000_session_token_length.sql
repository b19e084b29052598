-- revision: v20230313141439000000
-- down_revision: v20230216142104000000
-- message: ory/kratos session_token_length

-- migrate:up
ALTER TABLE sessions ALTER COLUMN token TYPE varchar(39);
ALTER TABLE sessions ALTER COLUMN logout_token TYPE varchar(39);

-- migrate:down
ALTER TABLE sessions ALTER COLUMN token TYPE varchar(32);
ALTER TABLE sessions ALTER COLUMN logout_token TYPE varchar(32);
