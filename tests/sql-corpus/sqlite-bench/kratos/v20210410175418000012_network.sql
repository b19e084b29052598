-- revision: v20210410175418000012
-- down_revision: v20210410175418000011
-- message: ory/kratos network

-- migrate:up
UPDATE selfservice_registration_flows SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
INSERT INTO "_identity_verifiable_addresses_tmp" (id, status, via, verified, value, verified_at, identity_id, created_at, updated_at) SELECT id, status, via, verified, value, verified_at, identity_id, created_at, updated_at FROM "identity_verifiable_addresses";
