-- revision: v20210817181232000003
-- down_revision: v20210817181232000002
-- message: ory/kratos unique_credentials

-- migrate:up
UPDATE identity_credential_identifiers SET identity_credential_type_id = (SELECT  ict.id FROM identity_credential_types as ict JOIN identity_credentials AS ic ON (ic.identity_credential_type_id = ict.id) WHERE ic.id = identity_credential_id);

-- migrate:down
-- empty down in the source history
