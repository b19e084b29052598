-- revision: v20210322104357
-- down_revision: v20210322104356
-- message: Unleash/unleash api_tokens_convert_enterprise

-- migrate:up
-- empty up in the source history

-- migrate:down irreversible
