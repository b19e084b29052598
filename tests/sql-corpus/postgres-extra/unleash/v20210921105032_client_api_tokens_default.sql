-- revision: v20210921105032
-- down_revision: v20210920104218
-- message: Unleash/unleash client_api_tokens_default

-- migrate:up
UPDATE api_tokens SET environment = 'default' WHERE environment = ':global:';
    UPDATE api_tokens SET environment = 'default' WHERE type='client' AND environment is null;

-- migrate:down irreversible
