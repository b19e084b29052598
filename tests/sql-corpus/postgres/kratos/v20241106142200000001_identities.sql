-- revision: v20241106142200000001
-- down_revision: v20241031094100000002
-- message: ory/kratos identities
-- transactional: false

-- migrate:up
CREATE INDEX IF NOT EXISTS identity_credential_identifiers_nid_ici_i_idx
    ON identity_credential_identifiers (nid ASC, identity_credential_id ASC, identifier ASC);

-- migrate:down
DROP INDEX IF EXISTS identity_credential_identifiers_nid_ici_i_idx;
