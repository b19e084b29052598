-- revision: v20230510113903
-- down_revision: v20230504145945
-- message: Unleash/unleash fix_api_token_username_migration

-- migrate:up
ALTER TABLE api_tokens ADD COLUMN "token_name" text;
                UPDATE api_tokens SET token_name = username;

-- migrate:down irreversible
