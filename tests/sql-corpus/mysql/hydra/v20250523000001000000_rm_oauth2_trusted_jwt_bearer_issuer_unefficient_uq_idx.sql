-- revision: v20250523000001000000
-- down_revision: v20250520000001000000
-- message: ory/hydra rm_oauth2_trusted_jwt_bearer_issuer_unefficient_uq_idx

-- migrate:up
DROP INDEX issuer ON hydra_oauth2_trusted_jwt_bearer_issuer;


-- migrate:down
CREATE UNIQUE INDEX issuer ON hydra_oauth2_trusted_jwt_bearer_issuer (issuer, subject, key_id, nid);
