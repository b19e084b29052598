-- revision: v0_26_02
-- down_revision: v0_26_01
-- message: usememos/memos migrate_host_to_admin

-- migrate:up
UPDATE "user" SET role = 'ADMIN' WHERE role = 'HOST';

-- migrate:down irreversible
