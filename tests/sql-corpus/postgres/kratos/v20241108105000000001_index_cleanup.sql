-- revision: v20241108105000000001
-- down_revision: v20241106142200000002
-- message: ory/kratos index_cleanup
-- transactional: false

-- migrate:up
-- This index is replaced by identity_credential_identifiers_ici_nid_i_idx (included in the previous OEL release)
DROP INDEX IF EXISTS identity_credential_identifiers_nid_ici_i_idx;

-- This index is replaced by identity_credential_identifiers_ici_nid_i_idx (included in the previous OEL release)
DROP INDEX IF EXISTS identity_credential_identifiers_identity_credential_id_idx;

-- migrate:down
CREATE INDEX IF NOT EXISTS identity_credential_identifiers_nid_ici_i_idx
  ON identity_credential_identifiers (nid ASC, identity_credential_id ASC, identifier ASC);

CREATE INDEX IF NOT EXISTS identity_credential_identifiers_identity_credential_id_idx
  ON identity_credential_identifiers (identity_credential_id ASC);
