-- revision: v20210805122535000000
-- down_revision: v20210805112414000002
-- message: ory/kratos credential_types_totp

-- migrate:up
INSERT INTO identity_credential_types (id, name) SELECT '5e29b036-aa47-457f-9fe6-aa8b854a752b', 'totp' WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'totp');

-- migrate:down
DELETE FROM identity_credential_types WHERE name = 'totp';
