-- revision: v20240104181300000001
-- down_revision: v20230908104443000001
-- message: ory/hydra jwk_index

-- migrate:up
CREATE INDEX hydra_jwk_nid_sid_created_at_idx ON hydra_jwk (nid, sid, created_at);
CREATE INDEX hydra_jwk_nid_sid_kid_created_at_idx ON hydra_jwk (nid, sid, kid, created_at);

-- migrate:down
DROP INDEX hydra_jwk_nid_sid_created_at_idx ON hydra_jwk;
-- can't drop this because of a foreign key constraint
-- DROP INDEX hydra_jwk_nid_sid_kid_created_at_idx ON hydra_jwk;
