-- revision: v009
-- down_revision: v008
-- message: sebadob/rauthy client_group_prefix

-- migrate:up
ALTER TABLE clients
    ADD restrict_group_prefix VARCHAR;

-- migrate:down irreversible
