-- revision: v20210810153530000016
-- down_revision: v20210810153530000015
-- message: ory/kratos aal

-- migrate:up
ALTER TABLE "_sessions_tmp" RENAME TO "sessions";

-- migrate:down
DROP INDEX IF EXISTS "sessions_logout_token_uq_idx";
