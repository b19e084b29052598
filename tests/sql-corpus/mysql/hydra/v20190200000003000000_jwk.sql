-- revision: v20190200000003000000
-- down_revision: v20190200000002000000
-- message: ory/hydra jwk

-- migrate:up
DELETE FROM hydra_jwk WHERE sid='hydra.openid.id-token';

-- migrate:down
-- empty down in the source history
