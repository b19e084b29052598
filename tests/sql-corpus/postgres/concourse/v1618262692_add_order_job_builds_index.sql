-- revision: v1618262692
-- down_revision: v1616768782
-- message: concourse/concourse add_order_job_builds_index

-- migrate:up
CREATE INDEX order_job_builds_by_rerun_of_or_id_idx
  ON builds (job_id, COALESCE(rerun_of, id) DESC, id DESC)
  WHERE job_id IS NOT NULL;

-- migrate:down
DROP INDEX order_job_builds_by_rerun_of_or_id_idx;
