-- revision: v20210810153530000015
-- down_revision: v20210810153530000014
-- message: ory/kratos aal

-- migrate:up
DROP TABLE "sessions";

-- migrate:down
DROP INDEX IF EXISTS "sessions_logout_token_idx";
