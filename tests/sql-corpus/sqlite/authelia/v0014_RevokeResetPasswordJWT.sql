-- revision: v0014
-- down_revision: v0013
-- message: authelia/authelia RevokeResetPasswordJWT

-- migrate:up
ALTER TABLE identity_verification ADD COLUMN revoked DATETIME NULL DEFAULT NULL;
ALTER TABLE identity_verification ADD COLUMN revoked_ip VARCHAR(39) NULL DEFAULT NULL;

-- migrate:down
ALTER TABLE identity_verification DROP COLUMN revoked_ip;
ALTER TABLE identity_verification DROP COLUMN revoked;
