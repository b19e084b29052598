-- revision: v20210504121624000009
-- down_revision: v20210504121624000008
-- message: ory/kratos add_identity_states

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "identities_nid_idx" ON "_identities_tmp" (id, nid);
