-- revision: v1551384520
-- down_revision: v1551384519
-- message: concourse/concourse fix_build_private_plan

-- migrate:up
-- the Go migration changes rows only

-- migrate:down
-- the Go migration changes rows only
