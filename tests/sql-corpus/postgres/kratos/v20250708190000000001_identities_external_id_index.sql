-- revision: v20250708190000000001
-- down_revision: v20250708190000000000
-- message: ory/kratos identities_external_id_index

-- migrate:up
CREATE UNIQUE INDEX IF NOT EXISTS identities_nid_external_id_idx
    ON identities (nid, external_id) WHERE external_id IS NOT NULL;

-- migrate:down
DROP INDEX IF EXISTS identities_nid_external_id_idx;
