-- revision: v20241106142200000002
-- down_revision: v20241106142200000001
-- message: ory/kratos identities
-- transactional: false

-- migrate:up
CREATE INDEX IF NOT EXISTS identity_credential_identifiers_ici_nid_i_idx
    ON identity_credential_identifiers (identity_credential_id ASC, nid ASC, identifier ASC);

-- migrate:down

DROP INDEX IF EXISTS identity_credential_identifiers_ici_nid_i_idx;
