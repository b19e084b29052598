-- revision: v20210410175418000096
-- down_revision: v20210410175418000095
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_recovery_addresses" ADD COLUMN "nid" char(36);

-- migrate:down
-- empty down in the source history
