-- revision: v20231211134633
-- down_revision: v20231211134130
-- message: Unleash/unleash add_created_by_to_apitokens

-- migrate:up
ALTER TABLE api_tokens ADD COLUMN created_by INTEGER;

-- migrate:down irreversible
