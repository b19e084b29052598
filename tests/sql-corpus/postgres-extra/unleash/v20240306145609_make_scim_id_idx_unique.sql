-- revision: v20240306145609
-- down_revision: v20240305131822
-- message: Unleash/unleash make_scim_id_idx_unique

-- migrate:up
DROP INDEX IF EXISTS users_scim_id_uniq_idx;
             CREATE UNIQUE INDEX users_scim_id_unique_idx ON users(scim_id) WHERE scim_id IS NOT NULL;

-- migrate:down irreversible
