-- revision: v20210410175418000010
-- down_revision: v20210410175418000009
-- message: ory/kratos network

-- migrate:up
ALTER TABLE selfservice_registration_flows DROP COLUMN nid;

-- migrate:down
ALTER TABLE "_identity_verifiable_addresses_tmp" RENAME TO "identity_verifiable_addresses";
