-- revision: v20210504121624000003
-- down_revision: v20210504121624000002
-- message: ory/kratos add_identity_states

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "identities_nid_idx" ON "_identities_tmp" (id, nid);
