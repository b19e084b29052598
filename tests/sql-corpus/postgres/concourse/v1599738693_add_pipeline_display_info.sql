-- revision: v1599738693
-- down_revision: v1598284990
-- message: concourse/concourse add_pipeline_display_info

-- migrate:up

  ALTER TABLE pipelines ADD COLUMN display jsonb;

-- migrate:down

  ALTER TABLE pipelines DROP COLUMN display;
