-- revision: v1616768782
-- down_revision: v1612565824
-- message: concourse/concourse add_job_id_on_delete_cascade_to_build_image_caches

-- migrate:up
  ALTER TABLE build_image_resource_caches
    DROP CONSTRAINT build_image_resource_caches_job_id_fkey,
    ADD CONSTRAINT build_image_resource_caches_job_id_fkey FOREIGN KEY (job_id) REFERENCES jobs(id) ON DELETE CASCADE;

-- migrate:down
  ALTER TABLE build_image_resource_caches
    DROP CONSTRAINT build_image_resource_caches_job_id_fkey,
    ADD CONSTRAINT build_image_resource_caches_job_id_fkey FOREIGN KEY (job_id) REFERENCES jobs(id);
