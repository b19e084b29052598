-- revision: v20250523000001000000
-- down_revision: v20250520000001000000
-- message: ory/hydra rm_oauth2_trusted_jwt_bearer_issuer_unefficient_uq_idx

-- migrate:up
DROP INDEX IF EXISTS hydra_oauth2_trusted_jwt_bearer_issuer.sqlite_autoindex_hydra_oauth2_trusted_jwt_bearer_issuer_1;

-- migrate:down
CREATE UNIQUE INDEX IF NOT EXISTS hydra_oauth2_trusted_jwt_bearer_issuer_issuer_subject_key_id_key ON hydra_oauth2_trusted_jwt_bearer_issuer (issuer ASC, subject ASC, key_id ASC, nid ASC);
