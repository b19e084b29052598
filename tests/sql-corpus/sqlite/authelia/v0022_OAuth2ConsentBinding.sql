-- revision: v0022
-- down_revision: v0021
-- message: authelia/authelia OAuth2ConsentBinding

-- migrate:up
ALTER TABLE oauth2_consent_session
    ADD COLUMN expires_at TIMESTAMP NOT NULL DEFAULT '2000-01-01 00:00:00.000000000+00:00';

-- migrate:down
ALTER TABLE oauth2_consent_session
    DROP COLUMN expires_at;
