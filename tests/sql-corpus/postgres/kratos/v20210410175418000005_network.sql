-- revision: v20210410175418000005
-- down_revision: v20210410175418000004
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_registration_flows" ADD COLUMN "nid" UUID;

-- migrate:down
ALTER TABLE "identity_credential_identifiers" DROP COLUMN "nid";
