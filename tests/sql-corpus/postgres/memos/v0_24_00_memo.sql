-- revision: v0_24_00
-- down_revision: v0_23_00
-- message: usememos/memos memo

-- migrate:up
-- Drop deprecated tags column.
ALTER TABLE memo DROP COLUMN IF EXISTS tags;

-- migrate:down irreversible
