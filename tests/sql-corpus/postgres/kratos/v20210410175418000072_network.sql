-- revision: v20210410175418000072
-- down_revision: v20210410175418000071
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_verifiable_addresses" ADD CONSTRAINT "identity_verifiable_addresses_nid_fk_idx" FOREIGN KEY ("nid") REFERENCES "networks" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
-- empty down in the source history
