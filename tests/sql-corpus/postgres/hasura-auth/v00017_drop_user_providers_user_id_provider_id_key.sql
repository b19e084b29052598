-- revision: v00017
-- down_revision: v00016
-- message: nhost/hasura-auth drop_user_providers_user_id_provider_id_key

-- migrate:up
ALTER TABLE ONLY auth.user_providers
    DROP CONSTRAINT IF EXISTS user_providers_user_id_provider_id_key;

-- migrate:down
ALTER TABLE ONLY auth.user_providers
    ADD CONSTRAINT user_providers_user_id_provider_id_key UNIQUE (user_id, provider_id);
