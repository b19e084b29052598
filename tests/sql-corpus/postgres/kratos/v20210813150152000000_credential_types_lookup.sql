-- revision: v20210813150152000000
-- down_revision: v20210810153530000004
-- message: ory/kratos credential_types_lookup

-- migrate:up
INSERT INTO identity_credential_types (id, name) SELECT '567a0730-7f48-4dd7-a13d-df87a51c245f', 'lookup_secret' WHERE NOT EXISTS ( SELECT * FROM identity_credential_types WHERE name = 'lookup_secret');

-- migrate:down
DELETE FROM identity_credential_types WHERE name = 'lookup_secret';
