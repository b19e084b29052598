-- revision: v20210410175418000056
-- down_revision: v20210410175418000055
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identities" ADD COLUMN "nid" char(36);

-- migrate:down
DROP INDEX IF EXISTS "identities_nid_idx";
