-- revision: v20220816121136
-- down_revision: v20220808110415
-- message: Unleash/unleash add_metadata_to_api_keys

-- migrate:up
ALTER TABLE api_tokens ADD COLUMN metadata JSONB NOT NULL DEFAULT '{}'::jsonb;

-- migrate:down irreversible
