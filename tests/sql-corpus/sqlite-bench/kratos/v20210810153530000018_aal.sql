-- revision: v20210810153530000018
-- down_revision: v20210810153530000017
-- message: ory/kratos aal

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "sessions_token_uq_idx";
