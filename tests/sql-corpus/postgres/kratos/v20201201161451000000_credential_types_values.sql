-- revision: v20201201161451000000
-- down_revision: v20200831110752000007
-- message: ory/kratos credential_types_values

-- migrate:up
INSERT INTO identity_credential_types (id, name) SELECT '78c1b41d-8341-4507-aa60-aff1d4369670', 'password' WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'password');

-- migrate:down
DELETE FROM identity_credential_types WHERE name = 'password' OR name = 'oidc';
