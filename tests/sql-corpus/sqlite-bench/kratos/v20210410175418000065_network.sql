-- revision: v20210410175418000065
-- down_revision: v20210410175418000064
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_credentials" ADD COLUMN "nid" char(36);

-- migrate:down
-- empty down in the source history
