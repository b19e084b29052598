-- revision: v0095
-- down_revision: v0094
-- message: harness/harness update_foreign_key_manifest_references

-- migrate:up
ALTER TABLE manifest_references
DROP
CONSTRAINT IF EXISTS fk_manifest_references_child_id_mnfsts;

ALTER TABLE manifest_references
    ADD CONSTRAINT fk_manifest_references_child_id_mnfsts
        FOREIGN KEY (manifest_ref_child_id) REFERENCES manifests (manifest_id)
            ON DELETE CASCADE;

-- migrate:down
ALTER TABLE manifest_references
DROP
CONSTRAINT IF EXISTS fk_manifest_references_child_id_mnfsts;

ALTER TABLE manifest_references
    ADD CONSTRAINT fk_manifest_references_child_id_mnfsts
        FOREIGN KEY (manifest_ref_child_id) REFERENCES manifests;
