-- revision: v20251105000000000004
-- down_revision: v20251105000000000003
-- message: ory/kratos identity_id_not_null_fks

-- migrate:up
CREATE INDEX IF NOT EXISTS identity_credential_identifiers_identities_id_fk_idx ON identity_credential_identifiers (identity_id);
CREATE INDEX IF NOT EXISTS session_devices_identities_id_fk_idx ON session_devices (identity_id);

-- migrate:down
DROP INDEX IF EXISTS identity_credential_identifiers_identities_id_fk_idx;  
DROP INDEX IF EXISTS session_devices_identities_id_fk_idx;
