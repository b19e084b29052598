-- revision: v20210410175418000062
-- down_revision: v20210410175418000061
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_recovery_tokens" ADD CONSTRAINT "identity_recovery_tokens_nid_fk_idx" FOREIGN KEY ("nid") REFERENCES "networks" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
-- empty down in the source history
