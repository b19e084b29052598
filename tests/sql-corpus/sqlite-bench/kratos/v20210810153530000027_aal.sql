-- revision: v20210810153530000027
-- down_revision: v20210810153530000026
-- message: ory/kratos aal

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "sessions_nid_idx" ON "_sessions_tmp" (id, nid);
