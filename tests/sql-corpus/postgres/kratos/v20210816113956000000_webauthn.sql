-- revision: v20210816113956000000
-- down_revision: v20210813150152000000
-- message: ory/kratos webauthn

-- migrate:up
INSERT INTO identity_credential_types (id, name) SELECT '6b213fa0-e6ad-46cb-8878-b088d2ce2e3c', 'webauthn' WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'webauthn');

-- migrate:down
DELETE FROM identity_credential_types WHERE name = 'webauthn';
