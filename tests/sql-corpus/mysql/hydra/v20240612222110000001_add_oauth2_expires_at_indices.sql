-- revision: v20240612222110000001
-- down_revision: v20240403121110000001
-- message: ory/hydra add_oauth2_expires_at_indices

-- migrate:up
-- These turn out to not be necessary, but we need them here for down migrations :(
CREATE INDEX hydra_oauth2_access_expires_at_v2_idx ON hydra_oauth2_access (expires_at);
CREATE INDEX hydra_oauth2_refresh_expires_at_v2_idx ON hydra_oauth2_refresh (expires_at);
CREATE INDEX hydra_oauth2_code_expires_at_v2_idx ON hydra_oauth2_code (expires_at);
CREATE INDEX hydra_oauth2_pkce_expires_at_v2_idx ON hydra_oauth2_pkce (expires_at);

DROP INDEX hydra_oauth2_access_expires_at_idx ON hydra_oauth2_oidc;
DROP INDEX hydra_oauth2_refresh_expires_at_idx ON hydra_oauth2_oidc;
DROP INDEX hydra_oauth2_code_expires_at_idx ON hydra_oauth2_oidc;
DROP INDEX hydra_oauth2_pkce_expires_at_idx ON hydra_oauth2_oidc;

-- migrate:down
CREATE INDEX hydra_oauth2_access_expires_at_idx ON hydra_oauth2_oidc (expires_at);
CREATE INDEX hydra_oauth2_refresh_expires_at_idx ON hydra_oauth2_oidc (expires_at);
CREATE INDEX hydra_oauth2_code_expires_at_idx ON hydra_oauth2_oidc (expires_at);
CREATE INDEX hydra_oauth2_pkce_expires_at_idx ON hydra_oauth2_oidc (expires_at);

DROP INDEX hydra_oauth2_access_expires_at_v2_idx ON hydra_oauth2_access;
DROP INDEX hydra_oauth2_refresh_expires_at_v2_idx ON hydra_oauth2_refresh;
DROP INDEX hydra_oauth2_code_expires_at_v2_idx ON hydra_oauth2_code;
DROP INDEX hydra_oauth2_pkce_expires_at_v2_idx ON hydra_oauth2_pkce;
