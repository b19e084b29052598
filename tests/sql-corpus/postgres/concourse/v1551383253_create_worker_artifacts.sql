-- revision: v1551383253
-- down_revision: v1551110547
-- message: concourse/concourse create_worker_artifacts

-- migrate:up

CREATE TABLE worker_artifacts (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL,
  build_id INTEGER NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT NOW() NOT NULL
);

ALTER TABLE worker_artifacts
  ADD CONSTRAINT worker_artifacts_build_id_fkey FOREIGN KEY (build_id) REFERENCES builds(id) ON DELETE SET NULL;

ALTER TABLE volumes
  ADD COLUMN worker_artifact_id INTEGER;

ALTER TABLE volumes
  ADD CONSTRAINT volumes_worker_artifact_id_fkey FOREIGN KEY (worker_artifact_id) REFERENCES worker_artifacts(id) ON DELETE SET NULL;



-- migrate:down

ALTER TABLE volumes
  DROP CONSTRAINT volumes_worker_artifact_id_fkey;

ALTER TABLE volumes
  DROP COLUMN worker_artifact_id;

DROP TABLE worker_artifacts;

