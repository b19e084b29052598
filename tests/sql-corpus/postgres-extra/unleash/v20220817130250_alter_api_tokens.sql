-- revision: v20220817130250
-- down_revision: v20220816121136
-- message: Unleash/unleash alter_api_tokens

-- migrate:up
ALTER TABLE api_tokens DROP COLUMN metadata;
         ALTER TABLE api_tokens ADD COLUMN alias text;

-- migrate:down irreversible
