-- revision: v0017
-- down_revision: v0016
-- message: authelia/authelia OAuth2Claims

-- migrate:up
ALTER TABLE oauth2_consent_session
    ADD COLUMN granted_claims TEXT NULL;

ALTER TABLE oauth2_consent_preconfiguration
    ADD COLUMN requested_claims TEXT NULL,
    ADD COLUMN signature_claims CHAR(64) NULL,
    ADD COLUMN granted_claims TEXT DEFAULT '';

-- migrate:down
ALTER TABLE oauth2_consent_session
    DROP COLUMN granted_claims;

ALTER TABLE oauth2_consent_preconfiguration
    DROP COLUMN requested_claims,
    DROP COLUMN signature_claims,
    DROP COLUMN granted_claims;
