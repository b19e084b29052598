-- revision: v0_22_02
-- down_revision: v0_22_01
-- message: usememos/memos memo_payload

-- migrate:up
ALTER TABLE memo ADD COLUMN payload JSONB NOT NULL DEFAULT '{}';

-- migrate:down irreversible
