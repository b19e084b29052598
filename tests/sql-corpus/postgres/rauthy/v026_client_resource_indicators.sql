-- revision: v026
-- down_revision: v025
-- message: sebadob/rauthy client_resource_indicators

-- migrate:up
ALTER TABLE clients
    ADD allowed_resources VARCHAR;
ALTER TABLE clients
    ADD default_aud VARCHAR;

-- migrate:down irreversible
