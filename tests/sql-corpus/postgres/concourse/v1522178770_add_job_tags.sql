-- revision: v1522178770
-- down_revision: v1522176230
-- message: concourse/concourse add_job_tags

-- migrate:up
-- the Go migration changes rows only

-- migrate:down
-- empty down in the source history
