-- revision: v0023
-- down_revision: v0022
-- message: authelia/authelia DeviceCodeNullConstraints

-- migrate:up
-- empty up in the source history

-- migrate:down
-- empty down in the source history
