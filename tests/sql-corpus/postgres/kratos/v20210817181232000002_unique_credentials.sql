-- revision: v20210817181232000002
-- down_revision: v20210817181232000001
-- message: ory/kratos unique_credentials

-- migrate:up
ALTER TABLE "identity_credential_identifiers" ADD CONSTRAINT "identity_credential_identifiers_type_id_fk_idx" FOREIGN KEY ("identity_credential_type_id") REFERENCES "identity_credential_types" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
DROP INDEX "identity_credential_identifiers_identifier_nid_type_uq_idx";
