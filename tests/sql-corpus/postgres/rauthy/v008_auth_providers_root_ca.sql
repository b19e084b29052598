-- revision: v008
-- down_revision: v007
-- message: sebadob/rauthy auth_providers_root_ca

-- migrate:up
ALTER TABLE auth_providers
    DROP COLUMN allow_insecure_requests;

ALTER TABLE auth_providers
    DROP COLUMN root_pem;

-- migrate:down irreversible
