-- revision: v20210410175418000033
-- down_revision: v20210410175418000032
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identities" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- migrate:down
ALTER TABLE "identity_verifiable_addresses" DROP CONSTRAINT "identity_verifiable_addresses_nid_fk_idx";
