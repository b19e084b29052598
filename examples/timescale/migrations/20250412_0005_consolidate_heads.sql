-- revision: 20250412_0005
-- down_revision: 20250411_0003, 20250412_0004
-- message: consolidate heads

-- Merge revision joining the audit head and the timestamptz branch.

-- migrate:up
-- Merge point only, no schema change.

-- migrate:down
