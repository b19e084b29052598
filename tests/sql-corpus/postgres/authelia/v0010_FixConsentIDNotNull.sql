-- revision: v0010
-- down_revision: v0009
-- message: authelia/authelia FixConsentIDNotNull

-- migrate:up
ALTER TABLE oauth2_access_token_session ALTER COLUMN challenge_id DROP NOT NULL, ALTER COLUMN challenge_id SET DEFAULT NULL, ALTER COLUMN subject DROP NOT NULL, ALTER COLUMN subject SET DEFAULT NULL;

-- migrate:down
DELETE FROM oauth2_access_token_session WHERE challenge_id IS NULL OR subject IS NULL;
ALTER TABLE oauth2_access_token_session ALTER COLUMN challenge_id DROP DEFAULT, ALTER COLUMN challenge_id SET NOT NULL, ALTER COLUMN subject DROP DEFAULT, ALTER COLUMN subject SET NOT NULL;
