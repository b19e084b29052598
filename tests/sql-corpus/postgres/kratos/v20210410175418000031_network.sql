-- revision: v20210410175418000031
-- down_revision: v20210410175418000030
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identities" ADD CONSTRAINT "identities_nid_fk_idx" FOREIGN KEY ("nid") REFERENCES "networks" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
ALTER TABLE "identity_credential_identifiers" DROP CONSTRAINT "identity_credential_identifiers_nid_fk_idx";
