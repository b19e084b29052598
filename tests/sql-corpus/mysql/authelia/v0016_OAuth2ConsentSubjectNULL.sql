-- revision: v0016
-- down_revision: v0015
-- message: authelia/authelia OAuth2ConsentSubjectNULL

-- migrate:up
ALTER TABLE oauth2_consent_session
    MODIFY subject CHAR(36) NULL DEFAULT NULL;

-- migrate:down
DELETE FROM oauth2_consent_session
WHERE subject IS NULL;

ALTER TABLE oauth2_consent_session
    MODIFY subject CHAR(36) NOT NULL;
