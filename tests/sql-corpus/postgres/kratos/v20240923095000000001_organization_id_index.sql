-- revision: v20240923095000000001
-- down_revision: v20240425095000000001
-- message: ory/kratos organization_id_index

-- migrate:up
CREATE INDEX identities_nid_organization_id_idx ON identities (organization_id);

-- migrate:down
DROP INDEX identities_nid_organization_id_idx;
