-- revision: v20210810153530000032
-- down_revision: v20210810153530000031
-- message: ory/kratos aal

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "sessions_token_uq_idx";
