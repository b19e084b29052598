-- revision: v20230322144139000001
-- down_revision: v20230313141439000001
-- message: ory/kratos missing_login_index

-- migrate:up
CREATE INDEX identity_credential_identifiers_nid_i_ici_idx ON identity_credential_identifiers (nid, identifier, identity_credential_id);

-- migrate:down
DROP INDEX identity_credential_identifiers_nid_i_ici_idx;
