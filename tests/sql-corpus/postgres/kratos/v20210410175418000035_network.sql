-- revision: v20210410175418000035
-- down_revision: v20210410175418000034
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_credentials" ADD COLUMN "nid" UUID;

-- migrate:down
ALTER TABLE "identities" DROP CONSTRAINT "identities_nid_fk_idx";
