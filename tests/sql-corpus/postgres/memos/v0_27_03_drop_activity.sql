-- revision: v0_27_03
-- down_revision: v0_27_02
-- message: usememos/memos drop_activity

-- migrate:up
DROP TABLE activity;

-- migrate:down irreversible
