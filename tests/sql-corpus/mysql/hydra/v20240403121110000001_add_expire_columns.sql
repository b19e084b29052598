-- revision: v20240403121110000001
-- down_revision: v20240129174410000001
-- message: ory/hydra add_expire_columns

-- migrate:up
ALTER TABLE hydra_oauth2_oidc ADD COLUMN expires_at TIMESTAMP NULL;
ALTER TABLE hydra_oauth2_access ADD COLUMN expires_at TIMESTAMP NULL;
ALTER TABLE hydra_oauth2_refresh ADD COLUMN expires_at TIMESTAMP NULL;
ALTER TABLE hydra_oauth2_code ADD COLUMN expires_at TIMESTAMP NULL;
ALTER TABLE hydra_oauth2_pkce ADD COLUMN expires_at TIMESTAMP NULL;

-- These turn out to not be necessary, but we need them here for down migrations :(
CREATE INDEX hydra_oauth2_oidc_expires_at_idx ON hydra_oauth2_oidc (expires_at);
CREATE INDEX hydra_oauth2_access_expires_at_idx ON hydra_oauth2_oidc (expires_at);
CREATE INDEX hydra_oauth2_refresh_expires_at_idx ON hydra_oauth2_oidc (expires_at);
CREATE INDEX hydra_oauth2_code_expires_at_idx ON hydra_oauth2_oidc (expires_at);
CREATE INDEX hydra_oauth2_pkce_expires_at_idx ON hydra_oauth2_oidc (expires_at);

-- migrate:down
ALTER TABLE hydra_oauth2_oidc DROP COLUMN expires_at;
ALTER TABLE hydra_oauth2_access DROP COLUMN expires_at;
ALTER TABLE hydra_oauth2_refresh DROP COLUMN expires_at;
ALTER TABLE hydra_oauth2_code DROP COLUMN expires_at;
ALTER TABLE hydra_oauth2_pkce DROP COLUMN expires_at;
