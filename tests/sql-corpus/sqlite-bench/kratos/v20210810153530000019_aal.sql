-- revision: v20210810153530000019
-- down_revision: v20210810153530000018
-- message: ory/kratos aal

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "sessions_nid_idx";
