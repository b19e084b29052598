-- revision: v20210810153530000013
-- down_revision: v20210810153530000012
-- message: ory/kratos aal

-- migrate:up
CREATE INDEX "sessions_nid_idx" ON "_sessions_tmp" (id, nid);

-- migrate:down
CREATE INDEX "sessions_nid_idx" ON "_sessions_tmp" (id, nid);
