-- revision: v20210810153530000006
-- down_revision: v20210810153530000005
-- message: ory/kratos aal

-- migrate:up
DROP INDEX IF EXISTS "sessions_token_uq_idx";

-- migrate:down
ALTER TABLE "_sessions_tmp" RENAME TO "sessions";
