-- revision: v20210410175418000040
-- down_revision: v20210410175418000039
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_credential_identifiers" ADD COLUMN "nid" UUID;

-- migrate:down
ALTER TABLE "selfservice_registration_flows" DROP CONSTRAINT "selfservice_registration_flows_nid_fk_idx";
