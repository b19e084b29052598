-- revision: v20230920171028000000
-- down_revision: v20230907085000000000
-- message: ory/kratos identity_search_index

-- migrate:up
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE INDEX identity_credential_identifiers_nid_identifier_gin ON identity_credential_identifiers USING GIN (nid, identifier gin_trgm_ops);

-- migrate:down
DROP INDEX identity_credential_identifiers_nid_identifier_gin;
