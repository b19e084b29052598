-- revision: v20220528143630
-- down_revision: v20220511124923
-- message: Unleash/unleash dont_cascade_environment_deletion_to_apitokens

-- migrate:up
ALTER TABLE api_tokens DROP CONSTRAINT api_tokens_environment_fkey;

-- migrate:down irreversible
