-- revision: v024
-- down_revision: v023
-- message: sebadob/rauthy cust_attrs_token_root

-- migrate:up
ALTER TABLE scopes
    ADD claims_at_root bool DEFAULT false NOT NULL;

-- migrate:down irreversible
