-- revision: v20210410175418000144
-- down_revision: v20210410175418000143
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_identity_verifiable_addresses_tmp" (id, status, via, verified, value, verified_at, identity_id, created_at, updated_at, nid) SELECT id, status, via, verified, value, verified_at, identity_id, created_at, updated_at, nid FROM "identity_verifiable_addresses";

-- migrate:down
-- empty down in the source history
