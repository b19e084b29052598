-- revision: v1583868323
-- down_revision: v1581621620
-- message: concourse/concourse add_pipelines_last_update

-- migrate:up
-- empty up in the source history

-- migrate:down
-- empty down in the source history
