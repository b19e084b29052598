-- revision: v20210810153530000017
-- down_revision: v20210810153530000016
-- message: ory/kratos aal

-- migrate:up
ALTER TABLE "selfservice_login_flows" ADD COLUMN "requested_aal" TEXT NOT NULL DEFAULT 'aal1';

-- migrate:down
DROP INDEX IF EXISTS "sessions_token_idx";
