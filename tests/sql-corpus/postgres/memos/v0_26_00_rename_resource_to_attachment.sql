-- revision: v0_26_00
-- down_revision: v0_25_00
-- message: usememos/memos rename_resource_to_attachment

-- migrate:up
ALTER TABLE resource RENAME TO attachment;

-- migrate:down irreversible
