-- revision: v0010
-- down_revision: v0009
-- message: authelia/authelia FixConsentIDNotNull

-- migrate:up
ALTER TABLE oauth2_access_token_session MODIFY challenge_id CHAR(36) NULL DEFAULT NULL, MODIFY subject CHAR(36) NULL DEFAULT NULL;

-- migrate:down
DELETE FROM oauth2_access_token_session WHERE challenge_id IS NULL OR subject IS NULL;
ALTER TABLE oauth2_access_token_session MODIFY challenge_id CHAR(36) NOT NULL, MODIFY subject CHAR(36) NOT NULL;
