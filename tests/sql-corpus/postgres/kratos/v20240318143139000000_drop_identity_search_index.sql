-- revision: v20240318143139000000
-- down_revision: v20240221000000000000
-- message: ory/kratos drop_identity_search_index

-- migrate:up
DROP INDEX identity_credential_identifiers_nid_identifier_gin;

-- migrate:down
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE INDEX identity_credential_identifiers_nid_identifier_gin ON identity_credential_identifiers USING GIN (nid, identifier gin_trgm_ops);
