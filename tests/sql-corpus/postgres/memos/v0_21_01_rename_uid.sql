-- revision: v0_21_01
-- down_revision: v0_21_00
-- message: usememos/memos rename_uid

-- migrate:up
ALTER TABLE memo RENAME COLUMN resource_name TO uid;

ALTER TABLE resource RENAME COLUMN resource_name TO uid;

-- migrate:down irreversible
