-- revision: v20210410175418000006
-- down_revision: v20210410175418000005
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_registration_flows" ADD CONSTRAINT "selfservice_registration_flows_nid_fk_idx" FOREIGN KEY ("nid") REFERENCES "networks" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
DROP INDEX "identity_credential_identifiers_identifier_nid_uq_idx";
