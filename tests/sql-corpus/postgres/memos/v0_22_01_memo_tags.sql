-- revision: v0_22_01
-- down_revision: v0_22_00
-- message: usememos/memos memo_tags

-- migrate:up
ALTER TABLE memo ADD COLUMN tags JSONB NOT NULL DEFAULT '[]';

-- migrate:down irreversible
