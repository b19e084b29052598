-- revision: v0_26_01
-- down_revision: v0_26_00
-- message: usememos/memos drop_memo_organizer

-- migrate:up
DROP TABLE IF EXISTS memo_organizer;

-- migrate:down irreversible
