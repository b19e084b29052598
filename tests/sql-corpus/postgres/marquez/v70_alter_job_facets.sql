-- revision: v70
-- down_revision: v69_03
-- message: MarquezProject/marquez alter_job_facets

-- migrate:up
ALTER TABLE job_facets
    DROP CONSTRAINT IF EXISTS job_facets_job_version_uuid_fkey,
    ADD CONSTRAINT job_facets_job_version_uuid_fkey
        FOREIGN KEY (job_version_uuid)
        REFERENCES job_versions(uuid)
        ON DELETE CASCADE;

-- migrate:down irreversible
