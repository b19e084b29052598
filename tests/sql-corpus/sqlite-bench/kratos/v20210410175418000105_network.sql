-- revision: v20210410175418000105
-- down_revision: v20210410175418000104
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_identity_recovery_addresses_tmp" (id, via, value, identity_id, created_at, updated_at, nid) SELECT id, via, value, identity_id, created_at, updated_at, nid FROM "identity_recovery_addresses";

-- migrate:down
-- empty down in the source history
