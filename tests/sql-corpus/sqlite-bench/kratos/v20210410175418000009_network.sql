-- revision: v20210410175418000009
-- down_revision: v20210410175418000008
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_registration_flows" ADD COLUMN "nid" char(36);

-- migrate:down
DROP INDEX IF EXISTS "identity_credential_identifiers_identifier_nid_uq_idx";
