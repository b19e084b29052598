-- revision: v20210410175418000034
-- down_revision: v20210410175418000033
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identities_nid_idx" ON "identities" (id, nid);

-- migrate:down
ALTER TABLE "identity_credentials" DROP CONSTRAINT "identity_credentials_nid_fk_idx";
