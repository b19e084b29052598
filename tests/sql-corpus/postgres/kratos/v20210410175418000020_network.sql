-- revision: v20210410175418000020
-- down_revision: v20210410175418000019
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "continuity_containers" ADD COLUMN "nid" UUID;

-- migrate:down
DROP INDEX "identity_credential_identifiers_nid_idx";
