-- revision: v0023
-- down_revision: v0022
-- message: authelia/authelia DeviceCodeNullConstraints

-- migrate:up
ALTER TABLE oauth2_device_code_session
    MODIFY subject CHAR(36) NULL DEFAULT NULL;

-- migrate:down
DELETE FROM oauth2_device_code_session
WHERE subject IS NULL;

ALTER TABLE oauth2_device_code_session
    MODIFY subject CHAR(36) NOT NULL;
