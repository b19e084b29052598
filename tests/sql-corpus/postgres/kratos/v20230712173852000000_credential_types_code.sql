-- revision: v20230712173852000000
-- down_revision: v20230707133700000001
-- message: ory/kratos credential_types_code

-- migrate:up
INSERT INTO identity_credential_types (id, name) SELECT '14f3b7e2-8725-4068-be39-8a796485fd97', 'code' WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'code');

-- migrate:down
DELETE FROM identity_credential_types WHERE name = 'code';
