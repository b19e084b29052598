-- revision: v1626194317
-- down_revision: v1625844436
-- message: concourse/concourse add_pipeline_pauses_table

-- migrate:up
ALTER TABLE pipelines
  ADD COLUMN paused_by text,
  ADD COLUMN paused_at timestamptz;

-- migrate:down
ALTER TABLE pipelines
  DROP COLUMN paused_by,
  DROP COLUMN paused_at;
