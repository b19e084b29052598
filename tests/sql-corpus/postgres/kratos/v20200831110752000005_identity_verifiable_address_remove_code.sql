-- revision: v20200831110752000005
-- down_revision: v20200831110752000004
-- message: ory/kratos identity_verifiable_address_remove_code

-- migrate:up
-- empty up in the source history

-- migrate:down
UPDATE identity_verifiable_addresses SET code = substr(md5(random()::text), 0, 32) WHERE code IS NULL;
