-- revision: v025
-- down_revision: v024
-- message: sebadob/rauthy client_claims

-- migrate:up
ALTER TABLE clients
    ADD claims BYTEA;

ALTER TABLE clients
    ADD claims_at_root bool DEFAULT false NOT NULL;

-- migrate:down irreversible
