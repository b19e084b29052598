-- revision: v0014
-- down_revision: v0013
-- message: authelia/authelia RevokeResetPasswordJWT

-- migrate:up
ALTER TABLE identity_verification
    ADD COLUMN revoked TIMESTAMP WITH TIME ZONE NULL DEFAULT NULL,
    ADD COLUMN revoked_ip VARCHAR(39) NULL DEFAULT NULL;

-- migrate:down
ALTER TABLE identity_verification
    DROP COLUMN revoked_ip,
    DROP COLUMN revoked;
