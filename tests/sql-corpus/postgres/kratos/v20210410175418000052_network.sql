-- revision: v20210410175418000052
-- down_revision: v20210410175418000051
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_recovery_addresses" ADD COLUMN "nid" UUID;

-- migrate:down
-- empty down in the source history
