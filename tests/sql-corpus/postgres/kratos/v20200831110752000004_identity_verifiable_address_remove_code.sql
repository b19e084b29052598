-- revision: v20200831110752000004
-- down_revision: v20200831110752000003
-- message: ory/kratos identity_verifiable_address_remove_code

-- migrate:up
-- empty up in the source history

-- migrate:down
UPDATE identity_verifiable_addresses SET expires_at = CURRENT_TIMESTAMP WHERE expires_at IS NULL;
