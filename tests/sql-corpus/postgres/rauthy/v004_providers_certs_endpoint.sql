-- revision: v004
-- down_revision: v003
-- message: sebadob/rauthy providers_certs_endpoint

-- migrate:up
ALTER TABLE auth_providers
    ADD jwks_endpoint VARCHAR;

CREATE INDEX auth_providers_issuer_index
    ON auth_providers (issuer);

-- migrate:down irreversible
