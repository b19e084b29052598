-- revision: v20251104000000000000
-- down_revision: v20250710085000000000
-- message: ory/kratos identifiers_devices_identity_id

-- migrate:up
ALTER TABLE identity_credential_identifiers ADD COLUMN identity_id UUID NULL;
ALTER TABLE session_devices ADD COLUMN identity_id UUID NULL;

-- migrate:down
ALTER TABLE identity_credential_identifiers DROP COLUMN identity_id;
ALTER TABLE session_devices DROP COLUMN identity_id;
