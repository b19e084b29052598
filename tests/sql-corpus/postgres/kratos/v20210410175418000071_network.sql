-- revision: v20210410175418000071
-- down_revision: v20210410175418000070
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_verifiable_addresses" ADD COLUMN "nid" UUID;

-- migrate:down
-- empty down in the source history
