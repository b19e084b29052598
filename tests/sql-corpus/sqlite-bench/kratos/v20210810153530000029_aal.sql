-- revision: v20210810153530000029
-- down_revision: v20210810153530000028
-- message: ory/kratos aal

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "sessions_logout_token_idx";
