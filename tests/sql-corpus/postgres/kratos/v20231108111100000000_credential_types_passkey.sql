-- revision: v20231108111100000000
-- down_revision: v20230920171028000000
-- message: ory/kratos credential_types_passkey

-- migrate:up
INSERT INTO identity_credential_types (id, name)
SELECT '8d0ca544-9bf6-45d3-bd75-0bbb3aeba3c7', 'passkey'
WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'passkey');

-- migrate:down
DELETE FROM identity_credential_types WHERE name = 'passkey';
