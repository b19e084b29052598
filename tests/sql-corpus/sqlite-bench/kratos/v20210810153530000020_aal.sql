-- revision: v20210810153530000020
-- down_revision: v20210810153530000019
-- message: ory/kratos aal

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "_sessions_tmp" RENAME TO "sessions";
