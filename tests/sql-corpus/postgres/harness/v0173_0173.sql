-- revision: v0173
-- down_revision: v0172
-- message: harness/harness 0173

-- migrate:up
SELECT 1;

-- migrate:down
SELECT 1;
