-- revision: v0011
-- down_revision: v0010
-- message: authelia/authelia JWTProfileAccessToken

-- migrate:up
ALTER TABLE oauth2_access_token_session MODIFY signature VARCHAR(768) NOT NULL;

-- migrate:down
-- empty down in the source history
