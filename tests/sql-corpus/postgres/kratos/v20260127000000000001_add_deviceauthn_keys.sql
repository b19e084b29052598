-- revision: v20260127000000000001
-- down_revision: v20260114175904000000
-- message: ory/kratos add_deviceauthn_keys

-- migrate:up
INSERT INTO identity_credential_types (id, name) SELECT '26433aa2-c33a-4870-85dc-230af354e0bf', 'deviceauthn' WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'deviceauthn');

-- migrate:down
DELETE FROM identity_credential_types WHERE name = 'deviceauthn';
